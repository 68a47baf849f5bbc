// Fresh documents for tests, in the test program's office; closed when the handle goes.
#pragma once

#include "office.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <filesystem>
#include <string>

namespace prevent::testing {

class Document {
public:
    // url: "private:factory/swriter", "private:factory/scalc" or a file:// URL.
    Document(const Office& office, const rtl::OUString& url, bool hidden = true,
             bool read_only = false);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    css::uno::Reference<css::frame::XModel> model() const { return model_; }
    css::uno::Reference<css::frame::XFrame> frame() const;

    // Stores under this path with the filter ("writer8", "MS Word 2007 XML", "calc8"), encrypted
    // when a password is given.
    void store_as(const std::filesystem::path& path, const char* filter,
                  const char* password = nullptr) const;
    void close();

private:
    css::uno::Reference<css::frame::XModel> model_;
};

}  // namespace prevent::testing
