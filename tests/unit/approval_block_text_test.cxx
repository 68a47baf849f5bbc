// How the approval block is known wherever it stands (docs/approval.md): after a Word round trip
// only its title and its lines of labels and fields are left to tell it by.
#include "core/approval_block_text.hxx"

#include <gmock/gmock.h>

using namespace prevent::core;
using ::testing::ElementsAre;

namespace {

TextPiece text(const std::string& s) { return {s, "", ""}; }
TextPiece shows(const std::string& field)
{
    return {"", "custom", "Prevent.Approval.Current." + field};
}
CanonicalParagraph paragraph(std::vector<TextPiece> pieces) { return {std::move(pieces), 0}; }

std::vector<std::string> texts(const std::vector<CanonicalParagraph>& paragraphs)
{
    std::vector<std::string> out;
    for (const auto& p : paragraphs) {
        std::string line;
        for (const auto& piece : p.pieces)
            line += piece.field_kind.empty() ? piece.text : "<" + piece.field_name + ">";
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST(ApprovalBlockText, ALineIsLabelsAndTheirFieldsAndNothingElse)
{
    EXPECT_TRUE(
        is_approval_block_line(paragraph({text("Approving body: "), shows("ApprovingBody")})));
    EXPECT_TRUE(is_approval_block_line(
        paragraph({text("  Date of decision:\t"), shows("ApprovalDate"),
                   text("    Minute reference: "), shows("MinuteReference"), text(" ")})))
        << "white space as Word may leave it";
    EXPECT_TRUE(is_approval_block_line(paragraph(
        {text("Approved by: "), shows("ApprovedBy"), text("Version: "), shows("Version")})))
        << "lines joined: each field still after its own label";

    EXPECT_FALSE(is_approval_block_line(paragraph({text("Approving body: ")})));
    EXPECT_FALSE(is_approval_block_line(paragraph({text("Approved by: "), shows("ApprovingBody")})))
        << "another field's label";
    EXPECT_FALSE(is_approval_block_line(paragraph({shows("Version")}))) << "no label";
    EXPECT_FALSE(is_approval_block_line(
        paragraph({text("Version: "), shows("Version"), text(", agreed by the board")})))
        << "words of the user's own";
    EXPECT_FALSE(is_approval_block_line(paragraph({text("Note: "), shows("Note")})))
        << "a field the block does not show";
    EXPECT_FALSE(is_approval_block_line(
        paragraph({text("Version: "), {"", "custom", "Prevent.Approval.1.Version"}})))
        << "an older approval's property";
    EXPECT_FALSE(is_approval_block_line(
        paragraph({text("Version: "), {"", "date", "Prevent.Approval.Current.Version"}})))
        << "only a user-defined property's field";
}

TEST(ApprovalBlockText, EveryLineTheWriterInsertsIsKnown)
{
    for (const auto& fields : approval_block_lines()) {
        std::vector<TextPiece> pieces;
        for (const auto& field : fields) {
            pieces.push_back(text((pieces.empty() ? "" : "    ") +
                                  std::string(field == "ApprovingBody"     ? "Approving body: "
                                              : field == "ApprovedBy"      ? "Approved by: "
                                              : field == "ApprovalDate"    ? "Date of decision: "
                                              : field == "MinuteReference" ? "Minute reference: "
                                              : field == "OperatingYear"   ? "Operating year: "
                                              : field == "NextReviewDue"   ? "Next review due: "
                                                                           : "Version: ")));
            pieces.push_back(shows(field));
        }
        EXPECT_TRUE(is_approval_block_line(paragraph(pieces))) << fields.front();
    }
}

TEST(ApprovalBlockText, TheTitleGoesOnlyWithTheLinesAfterIt)
{
    const auto title = paragraph({text("Approval of this risk assessment")});
    EXPECT_TRUE(is_approval_block_title(title));
    EXPECT_FALSE(is_approval_block_title(paragraph({text("Approval of this risk assessment:")})));
    EXPECT_FALSE(is_approval_block_title(
        paragraph({text("Approval of this risk assessment"), {"", "date", ""}})));

    const std::vector<CanonicalParagraph> document = {
        paragraph({text("Introduction")}),
        title,
        paragraph({text("Approving body: "), shows("ApprovingBody")}),
        paragraph({text("Version: "), shows("Version")}),
        paragraph({text("1. Leadership")}),
        title,
        paragraph({text("The board leads.")}),
        title,
    };
    EXPECT_THAT(texts(without_approval_block(document)),
                ElementsAre("Introduction", "1. Leadership", "Approval of this risk assessment",
                            "The board leads.", "Approval of this risk assessment"))
        << "a title with no line after it is the user's text";
    const std::vector<CanonicalParagraph> plain = {paragraph({text("A")}), paragraph({text("B")})};
    EXPECT_THAT(texts(without_approval_block(plain)), ElementsAre("A", "B"));
}
