#include "uno/edit/toolkit_table.hxx"

#include "uno/base/uno_text.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace prevent::uno {

namespace {

const char* const kTableStyle = "Box List Blue";

}  // namespace

Reference<css::text::XTextTable> insert_toolkit_table(const Reference<css::frame::XModel>& document,
                                                      const Reference<css::text::XTextRange>& at,
                                                      sal_Int32 rows, sal_Int32 columns,
                                                      const std::string& name, bool header_row)
{
    const Reference<css::text::XTextTable> table(
        Reference<css::lang::XMultiServiceFactory>(document, UNO_QUERY_THROW)
            ->createInstance("com.sun.star.text.TextTable"),
        UNO_QUERY_THROW);
    table->initialize(rows, columns);
    at->getText()->insertTextContent(at, Reference<css::text::XTextContent>(table, UNO_QUERY_THROW),
                                     false);
    Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->setName(from_utf8(name));
    if (!header_row)
        return table;
    const Reference<css::beans::XPropertySet> props(table, UNO_QUERY_THROW);
    props->setPropertyValue("TableTemplateName", Any(OUString::createFromAscii(kTableStyle)));
    props->setPropertyValue("RepeatHeadline", Any(true));
    props->setPropertyValue("HeaderRowCount", Any(sal_Int32(1)));
    return table;
}

void fill_table(const Reference<css::text::XTextTable>& table,
                const std::vector<std::vector<std::string>>& cells)
{
    Sequence<Sequence<Any>> data(static_cast<sal_Int32>(cells.size()));
    for (std::size_t r = 0; r < cells.size(); ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(cells[r].size()));
        for (std::size_t c = 0; c < cells[r].size(); ++c)
            row[static_cast<sal_Int32>(c)] <<= from_utf8(cells[r][c]);
        data[static_cast<sal_Int32>(r)] = row;
    }
    Reference<css::sheet::XCellRangeData>(table, UNO_QUERY_THROW)->setDataArray(data);
}

}  // namespace prevent::uno
