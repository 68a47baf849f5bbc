#include "canonical_text.hxx"

#include "iso_dates.hxx"
#include "messages.hxx"

#include <boost/date_time/gregorian/gregorian.hpp>
#define OPENSSL_SUPPRESS_DEPRECATED  // SHA256_Init and friends: see digest_of
#include <openssl/sha.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace prevent::core {

namespace {

std::string paragraph_text(const CanonicalParagraph& p)
{
    std::string out;
    for (const auto& piece : p.pieces)
        out += piece.field_kind.empty() ? piece.text : "<field:" + piece.field_kind + ">";
    return out;
}

// Calc's serial day 0 is 1899-12-30.
std::string iso_date(double serial)
{
    const boost::gregorian::date epoch(1899, boost::gregorian::Dec, 30);
    const auto day = epoch + boost::gregorian::days(static_cast<long>(std::floor(serial)));
    return iso_text(day);
}

std::string iso_date_time(double serial)
{
    long seconds = std::lround((serial - std::floor(serial)) * 86400.0);
    double day = std::floor(serial);
    if (seconds >= 86400) {  // rounding reached midnight
        seconds -= 86400;
        day += 1;
    }
    const int s = static_cast<int>(seconds);  // 0..86399
    char time[32];
    std::snprintf(time, sizeof time, "T%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    return iso_date(day) + time;
}

std::string cell_content(const CanonicalCell& c)
{
    switch (c.kind) {
    case CellKind::Number:
        return canonical_number(c.number);
    case CellKind::Date:
        return iso_date(c.number);
    case CellKind::DateTime:
        return iso_date_time(c.number);
    case CellKind::Formula:
        return c.text;
    case CellKind::Text:
        break;
    }
    return canonical_line(c.text);
}

std::string sheet_text(const CanonicalSheet& sheet)
{
    std::string out = "sheet\t" + canonical_line(sheet.name) + "\n";
    for (const auto& c : sheet.cells) {
        const std::string content = cell_content(c);
        if (!content.empty())
            out += c.address + "\t" + content + "\n";
    }
    return out;
}

}  // namespace

std::string canonical_line(const std::string& text)
{
    // Most lines are ASCII: already NFC, and their only White_Space characters are U+0009 to
    // U+000D and the space. The same result without ICU's round trip, a run of letters at a time.
    const auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    std::string plain;
    plain.reserve(text.size());
    bool ascii = true;
    for (std::size_t i = 0, n = text.size(); i < n && ascii;) {
        while (i < n && is_space(text[i]))
            ++i;
        std::size_t end = i;
        while (end < n && !is_space(text[end]))
            ascii = static_cast<unsigned char>(text[end++]) < 0x80 && ascii;
        if (end > i) {
            if (!plain.empty())
                plain += ' ';
            plain.append(text, i, end - i);
        }
        i = end;
    }
    if (ascii)
        return plain;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw std::runtime_error(message("core.icu-nfc-unavailable"));
    const icu::UnicodeString normal =
        nfc->normalize(icu::UnicodeString::fromUTF8(
                           icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                       status);
    if (U_FAILURE(status))
        throw std::runtime_error(message("core.icu-paragraph-not-normalised"));
    icu::UnicodeString out;
    bool space = false;
    for (int32_t i = 0; i < normal.length();) {
        const UChar32 c = normal.char32At(i);
        i += U16_LENGTH(c);
        if (u_isUWhiteSpace(c)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out.append(u' ');
        space = false;
        out.append(c);
    }
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

std::string canonical_number(double value)
{
    if (value == 0)
        return "0";  // and not "-0"
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string canonical_text(const std::vector<CanonicalParagraph>& paragraphs)
{
    std::string out;
    for (const auto& p : paragraphs) {
        const std::string line = canonical_line(paragraph_text(p));
        if (!line.empty())
            out += line + "\n";
    }
    return out;
}

std::string canonical_text(const std::vector<CanonicalSheet>& sheets)
{
    std::string out;
    for (const auto& s : sheets)
        out += sheet_text(s);
    return out;
}

std::string digest_of(const std::string& canonical)
{
    // OpenSSL's own SHA-256 functions, not its EVP interface: libcrypto is linked statically
    // into the component, and EVP would bring OpenSSL's whole provider machinery (5 MB) for one
    // hash; these are a few objects, with no lookup per call. OpenSSL 3 marks them deprecated
    // in favour of EVP, not for any flaw.
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256_CTX context;
    if (SHA256_Init(&context) != 1 ||
        SHA256_Update(&context, canonical.data(), canonical.size()) != 1 ||
        SHA256_Final(hash, &context) != 1)
        throw std::runtime_error(message("core.sha256-failed"));
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
        out += hex[hash[i] >> 4];
        out += hex[hash[i] & 0xf];
    }
    return out;
}

namespace {

// Each non-empty paragraph's line with its outline level.
std::vector<std::pair<std::string, int>> lines_of(const std::vector<CanonicalParagraph>& paragraphs)
{
    std::vector<std::pair<std::string, int>> lines;
    for (const auto& p : paragraphs) {
        std::string line = canonical_line(paragraph_text(p));
        if (!line.empty())
            lines.emplace_back(std::move(line), p.outline_level);
    }
    return lines;
}

std::vector<SectionDigest> sections_of(const std::vector<std::pair<std::string, int>>& lines)
{
    // The highest level used by a heading starts sections.
    int top = 0;
    for (const auto& [line, level] : lines)
        if (level > 0 && (top == 0 || level < top))
            top = level;
    std::vector<std::pair<std::string, std::string>> sections;  // key, canonical text
    std::map<std::string, int> seen;
    for (const auto& [line, level] : lines) {
        if (top > 0 && level == top) {
            const int n = ++seen[line];
            sections.push_back({n == 1 ? line : line + " (" + std::to_string(n) + ")", ""});
        } else if (sections.empty()) {
            sections.push_back({"", ""});
        }
        sections.back().second += line;
        sections.back().second += '\n';
    }
    std::vector<SectionDigest> out;
    for (const auto& [key, text] : sections)
        out.push_back({key, digest_of(text)});
    return out;
}

}  // namespace

std::vector<SectionDigest> section_digests(const std::vector<CanonicalParagraph>& paragraphs)
{
    return sections_of(lines_of(paragraphs));
}

ContentDigests content_digests(const std::vector<CanonicalParagraph>& paragraphs)
{
    const auto lines = lines_of(paragraphs);  // normalised once for both
    std::string text;
    for (const auto& [line, level] : lines) {
        text += line;
        text += '\n';
    }
    return {digest_of(text), sections_of(lines)};
}

ContentDigests content_digests(const std::vector<CanonicalSheet>& sheets)
{
    ContentDigests out;
    std::string text;
    std::map<std::string, int> seen;
    for (const auto& s : sheets) {
        const std::string sheet = sheet_text(s);
        text += sheet;
        const std::string name = canonical_line(s.name);
        const int n = ++seen[name];
        out.sections.push_back(
            {n == 1 ? name : name + " (" + std::to_string(n) + ")", digest_of(sheet)});
    }
    out.digest = digest_of(text);
    return out;
}

std::vector<SectionDigest> section_digests(const std::vector<CanonicalSheet>& sheets)
{
    std::vector<SectionDigest> out;
    std::map<std::string, int> seen;
    for (const auto& s : sheets) {
        const std::string name = canonical_line(s.name);
        const int n = ++seen[name];
        out.push_back(
            {n == 1 ? name : name + " (" + std::to_string(n) + ")", digest_of(sheet_text(s))});
    }
    return out;
}

}  // namespace prevent::core
