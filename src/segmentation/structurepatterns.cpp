#include "structurepatterns.h"

#include "text/charclass.h"
#include "text/languagenames.h"
#include "text/languagerules.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {
bool anyMatches(const QList<QRegularExpression> Text::LanguageRules::*patterns, QStringView text)
{
    for (const Text::LanguageRules &rules : Text::LanguageRules::builtIn()) {
        if (Text::LanguageRules::firstMatch(rules.*patterns, text).hasMatch())
            return true;
    }
    return false;
}
} // namespace

// The reflow asks the tests below of every line and block, in a document of any language: a
// marker line is one whatever the language around it. Each test first checks what its lines
// must have (a heading's shape, an opening bracket, a closing colon), which most text lacks, so
// most lines never reach a regular expression; the answers are the same.

bool isSectionHeading(QStringView text)
{
    return looksLikeHeading(text) && anyMatches(&Text::LanguageRules::sectionHeading, text);
}

std::optional<QString> letteredHeadingTitle(QStringView text)
{
    if (!looksLikeHeading(text))
        return std::nullopt;
    for (const Text::LanguageRules &rules : Text::LanguageRules::builtIn()) {
        const auto m = Text::LanguageRules::firstMatch(rules.letteredHeading, text);
        if (m.hasMatch())
            return m.captured(u"title");
    }
    return std::nullopt;
}

std::optional<QStringList> originalLanguages(QStringView text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    for (const Text::LanguageRules &rules : Text::LanguageRules::builtIn()) {
        const auto m = Text::LanguageRules::firstMatch(rules.original, text);
        if (m.hasMatch())
            return Text::languageCodes(m.captured(u"languages"));
    }
    return std::nullopt;
}

std::optional<QDate> bracketedDate(QStringView text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    for (const Text::LanguageRules &rules : Text::LanguageRules::builtIn()) {
        const auto m = Text::LanguageRules::firstMatch(rules.date, text);
        if (!m.hasMatch())
            continue;
        const QDate d = rules.dateOf(m);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<LabelledVoteList> labelledVoteList(QStringView text,
                                                 const Text::LanguageRules &language)
{
    for (const Text::LanguageTerm &t : language.voteLabels) {
        const QString label = t.pattern.pattern();
        if (!text.startsWith(label, Qt::CaseInsensitive))
            continue;
        const QStringView rest = text.sliced(label.size()).trimmed();
        if (!rest.startsWith(u':') && !rest.startsWith(u'：'))
            continue;
        if (const auto position = votePositionFromName(t.meaning))
            return LabelledVoteList{*position, rest.sliced(1).trimmed().toString()};
    }
    return std::nullopt;
}

bool isCoverLine(QStringView text)
{
    return anyMatches(&Text::LanguageRules::coverLine, text);
}

bool isVoteListLabel(QStringView text)
{
    if (text.isEmpty() || (!text.endsWith(u':') && !text.endsWith(u'：')))
        return false;
    for (const Text::LanguageRules &rules : Text::LanguageRules::builtIn()) {
        if (const auto list = labelledVoteList(text, rules); list && list->names.isEmpty())
            return true;
    }
    return false;
}

QString listMarker(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\([a-z]{1,2}\)|\([ivxlc]+\)|[a-z]\)|[㈠-㈩]|\([一二三四五六七八九十]+\)|[•·▪◦●■-]|o(?=\s))\s*)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

int paragraphNumber(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,3})[.．]\s*\S)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.capturedView(1).toInt() : 0;
}

bool startsNumberedParagraph(QStringView text)
{
    return paragraphNumber(text) > 0;
}

bool isStandaloneLine(QStringView text)
{
    return isSectionHeading(text) || originalLanguages(text) || bracketedDate(text) ||
           isVoteListLabel(text);
}

namespace {
// Short enough, and without the punctuation that ends or carries on running text.
bool looksLikeHeadingOfWidth(QStringView text, int width)
{
    // Asked of whole paragraphs line after line: a text of more than twice the width in UTF-16
    // units has more code points than the width, too wide whatever they are, and is not measured.
    if (text.isEmpty() || text.size() > 2 * width || Text::displayWidth(text) > width)
        return false;
    const char32_t last = Text::lastCodePoint(text);
    return !Text::isTerminalPunctuation(last) && last != U'，' && last != U',' && last != U'：' &&
           last != U':' && last != U'、';
}
} // namespace

bool looksLikeHeading(QStringView text)
{
    return looksLikeHeadingOfWidth(text, 80);
}

bool looksLikeTitle(QStringView text)
{
    // An English title runs to two lines of a cover page ("Promoting international cooperation
    // on peaceful uses in the context of international security"): 160 columns, as against a
    // heading's 80.
    return looksLikeHeadingOfWidth(text, 160);
}

} // namespace Rapporteur::Segmentation
