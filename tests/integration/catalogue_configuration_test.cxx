// An administrator changes the catalogue in LibreOffice's configuration: the service follows at
// once, and an invalid catalogue is refused with a message that names the problem, without
// harming the office.
#include "catalogue_client.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <gmock/gmock.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;

namespace {

// The Areas set of the catalogue, writable, as an administrator's tool would open it.
class AreasForUpdate {
public:
    AreasForUpdate()
    {
        const auto provider = css::configuration::theDefaultProvider::get(office().context());
        css::uno::Sequence<Any> args(1);
        args[0] <<= css::beans::NamedValue("nodepath",
                                           Any(OUString("/org.preventtoolkit.Catalogue/Areas")));
        access_.set(provider->createInstanceWithArguments(
                        "com.sun.star.configuration.ConfigurationUpdateAccess", args),
                    UNO_QUERY_THROW);
    }
    // Removes what the test added, even when an assertion ended the test early.
    ~AreasForUpdate()
    {
        try {
            for (const auto& id : added_)
                if (access_->hasByName(id))
                    access_->removeByName(id);
            commit();
            Reference<css::lang::XComponent>(access_, UNO_QUERY_THROW)->dispose();
        } catch (...) {
        }
    }

    void add(const char* id, const char* title, const char* expected_in)
    {
        const Reference<css::container::XNameReplace> node(
            Reference<css::lang::XSingleServiceFactory>(access_, UNO_QUERY_THROW)->createInstance(),
            UNO_QUERY_THROW);
        node->replaceByName("Title", Any(OUString::createFromAscii(title)));
        node->replaceByName("Order", Any(sal_Int32(1000)));
        const OUString profile = OUString::createFromAscii(expected_in);
        node->replaceByName("Expected", Any(css::uno::Sequence<OUString>(&profile, 1)));
        access_->insertByName(OUString::createFromAscii(id), Any(node));
        added_.push_back(OUString::createFromAscii(id));
        commit();
    }

    void remove(const char* id)
    {
        access_->removeByName(OUString::createFromAscii(id));
        commit();
    }

private:
    void commit()
    {
        Reference<css::util::XChangesBatch>(access_, UNO_QUERY_THROW)->commitChanges();
    }

    Reference<css::container::XNameContainer> access_;
    std::vector<OUString> added_;
};

}  // namespace

TEST(CatalogueConfiguration, AnAreaAddedByAnAdministratorAppearsAtOnce)
{
    AreasForUpdate areas;
    areas.add("apprenticeships", "Apprentices in the workplace", "fe");
    const auto fe = catalogue()->getAreas("fe");
    ASSERT_EQ(fe.getLength(), 19);
    EXPECT_EQ(utf8(fe[18].Id), "apprenticeships") << "Order 1000 puts it last";
    EXPECT_EQ(utf8(fe[18].Title), "Apprentices in the workplace");
    EXPECT_EQ(utf8(fe[18].Expectation), "expected");
    EXPECT_EQ(catalogue()->getAreas("he").getLength(), 17) << "other profiles are unchanged";
    areas.remove("apprenticeships");
    EXPECT_EQ(catalogue()->getAreas("fe").getLength(), 18);
}

TEST(CatalogueConfiguration, AnInvalidCatalogueIsRefusedWithItsProblem)
{
    AreasForUpdate areas;
    areas.add("early-years-settings", "Early years settings", "nursery");
    try {
        catalogue()->getProfiles();
        ADD_FAILURE() << "an area naming an unknown profile was accepted";
    } catch (const css::uno::RuntimeException& e) {
        EXPECT_THAT(utf8(e.Message), ::testing::HasSubstr("the catalogue is not valid"));
        EXPECT_THAT(
            utf8(e.Message),
            ::testing::HasSubstr("area 'early-years-settings' names unknown profile 'nursery'"));
    }
    areas.remove("early-years-settings");
    EXPECT_EQ(catalogue()->getProfiles().getLength(), 3) << "the office and the service recover";
}
