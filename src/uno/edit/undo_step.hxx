// One undo step for everything a service method does to a document: the document's undo
// manager groups the actions between construction and destruction under the title.
#pragma once

#include "uno/base/uno_text.hxx"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace prevent::uno {

class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::frame::XModel>& document, const std::string& title)
        : undo_(css::uno::Reference<css::document::XUndoManagerSupplier>(document,
                                                                         css::uno::UNO_QUERY_THROW)
                    ->getUndoManager())
    {
        undo_->enterUndoContext(from_utf8(title));
    }
    ~UndoStep()
    {
        try {
            undo_->leaveUndoContext();
        } catch (...) {  // never throw from a destructor: the step is already closed
        }
    }
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

private:
    css::uno::Reference<css::document::XUndoManager> undo_;
};

}  // namespace prevent::uno
