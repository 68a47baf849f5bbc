// org.preventtoolkit.DocumentProfile: the profile a document is checked against, kept as the
// user-defined property Prevent.Profile, through store and reload.
#include "documents.hxx"
#include "office_environment.hxx"
#include "uno_values.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <org/preventtoolkit/XDocumentProfile.hpp>

#include <gmock/gmock.h>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using prevent::testing::Document;
using prevent::testing::office;
using prevent::testing::utf8;
using rtl::OUString;

namespace {

Reference<org::preventtoolkit::XDocumentProfile> profiles()
{
    return Reference<org::preventtoolkit::XDocumentProfile>(
        office().create("org.preventtoolkit.DocumentProfile"), UNO_QUERY_THROW);
}

std::string stored_property(const Reference<css::frame::XModel>& model)
{
    const Reference<css::beans::XPropertySet> set(
        Reference<css::document::XDocumentPropertiesSupplier>(model, UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
    if (!set->getPropertySetInfo()->hasPropertyByName("Prevent.Profile"))
        return "(none)";
    OUString value;
    set->getPropertyValue("Prevent.Profile") >>= value;
    return utf8(value);
}

std::filesystem::path temporary(const char* name) { return office().folder() / name; }

}  // namespace

TEST(DocumentProfile, ANewDocumentIsHigherEducationUntilToldOtherwise)
{
    Document doc(office(), "private:factory/swriter");
    EXPECT_EQ(utf8(profiles()->getProfile(doc.model())), "he");
    EXPECT_EQ(utf8(profiles()->getStoredProfile(doc.model())), "") << "none was chosen";
    EXPECT_EQ(stored_property(doc.model()), "(none)") << "reading stores nothing";
    profiles()->setProfile(doc.model(), "schools");
    EXPECT_EQ(utf8(profiles()->getStoredProfile(doc.model())), "schools");
    EXPECT_THROW(profiles()->getStoredProfile(nullptr), css::lang::IllegalArgumentException);
}

TEST(DocumentProfile, StoresTheProfileAsAUserDefinedProperty)
{
    for (const char* factory : {"private:factory/swriter", "private:factory/scalc"}) {
        SCOPED_TRACE(factory);
        Document doc(office(), OUString::createFromAscii(factory));
        profiles()->setProfile(doc.model(), "fe");
        EXPECT_EQ(utf8(profiles()->getProfile(doc.model())), "fe");
        EXPECT_EQ(stored_property(doc.model()), "fe");
        profiles()->setProfile(doc.model(), "schools");
        EXPECT_EQ(stored_property(doc.model()), "schools");
    }
}

TEST(DocumentProfile, AnUnknownStoredProfileReadsAsTheFirst)
{
    Document doc(office(), "private:factory/swriter");
    profiles()->setProfile(doc.model(), "fe");
    const Reference<css::beans::XPropertySet> set(
        Reference<css::document::XDocumentPropertiesSupplier>(doc.model(), UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties(),
        UNO_QUERY_THROW);
    set->setPropertyValue("Prevent.Profile", css::uno::Any(OUString("nursery")));
    EXPECT_EQ(utf8(profiles()->getProfile(doc.model())), "he");
    EXPECT_EQ(utf8(profiles()->getStoredProfile(doc.model())), "")
        << "no profile the catalogue knows";
}

TEST(DocumentProfile, RefusesUnknownProfilesAndNullDocuments)
{
    Document doc(office(), "private:factory/swriter");
    EXPECT_THROW(profiles()->setProfile(doc.model(), "HE"), css::lang::IllegalArgumentException);
    EXPECT_EQ(stored_property(doc.model()), "(none)");
    EXPECT_THROW(profiles()->setProfile(nullptr, "he"), css::lang::IllegalArgumentException);
    EXPECT_THROW(profiles()->getProfile(nullptr), css::lang::IllegalArgumentException);
}

TEST(DocumentProfile, RefusesAReadOnlyDocumentAndLeavesItAsItWas)
{
    const auto path = temporary("read-only.odt");
    {
        Document doc(office(), "private:factory/swriter");
        profiles()->setProfile(doc.model(), "fe");
        doc.store_as(path, "writer8");
    }
    Document doc(office(), prevent::testing::file_url(path), true, true);
    try {
        profiles()->setProfile(doc.model(), "schools");
        ADD_FAILURE() << "a read-only document was changed";
    } catch (const css::lang::IllegalArgumentException& e) {
        EXPECT_THAT(utf8(e.Message), ::testing::HasSubstr("read-only"));
    }
    EXPECT_EQ(stored_property(doc.model()), "fe");
    EXPECT_FALSE(Reference<css::util::XModifiable>(doc.model(), UNO_QUERY_THROW)->isModified());
}

TEST(DocumentProfile, SurvivesStoreAndReloadAsOdtAndDocx)
{
    for (const auto& [name, filter] :
         {std::pair{"profile.odt", "writer8"}, std::pair{"profile.docx", "MS Word 2007 XML"}}) {
        SCOPED_TRACE(name);
        const auto path = temporary(name);
        {
            Document doc(office(), "private:factory/swriter");
            profiles()->setProfile(doc.model(), "schools");
            doc.store_as(path, filter);
        }
        Document reloaded(office(), prevent::testing::file_url(path));
        EXPECT_EQ(utf8(profiles()->getProfile(reloaded.model())), "schools");
    }
}
