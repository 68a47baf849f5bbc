#include "documents.hxx"

#include "uno_values.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <stdexcept>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace prevent::testing {

namespace {

css::beans::PropertyValue property(const char* name, const Any& value)
{
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

}  // namespace

Document::Document(const Office& office, const rtl::OUString& url, bool hidden, bool read_only)
{
    css::uno::Sequence<css::beans::PropertyValue> args(2);
    args[0] = property("Hidden", Any(hidden));
    args[1] = property("ReadOnly", Any(read_only));
    const Reference<css::frame::XComponentLoader> loader(office.desktop(), UNO_QUERY_THROW);
    model_.set(loader->loadComponentFromURL(url, "_blank", 0, args), UNO_QUERY);
    if (!model_.is())
        throw std::runtime_error("the office did not load " + utf8(url));
}

Document::~Document()
{
    try {
        close();
    } catch (...) {
    }
}

Reference<css::frame::XFrame> Document::frame() const
{
    return model_->getCurrentController()->getFrame();
}

void Document::store_as(const std::filesystem::path& path, const char* filter,
                        const char* password) const
{
    css::uno::Sequence<css::beans::PropertyValue> args(password ? 2 : 1);
    args[0] = property("FilterName", Any(rtl::OUString::createFromAscii(filter)));
    if (password)
        args[1] = property("Password", Any(rtl::OUString::createFromAscii(password)));
    Reference<css::frame::XStorable>(model_, UNO_QUERY_THROW)->storeToURL(file_url(path), args);
}

void Document::close()
{
    if (!model_.is())
        return;
    const Reference<css::util::XCloseable> closeable(model_, UNO_QUERY);
    model_.clear();
    if (closeable.is())
        closeable->close(true);
}

}  // namespace prevent::testing
