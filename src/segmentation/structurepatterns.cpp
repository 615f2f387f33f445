#include "structurepatterns.h"

#include "text/charclass.h"
#include "text/languagenames.h"

#include <QRegularExpression>

namespace Rapporteur::Segmentation {

namespace {
bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

int monthFromEnglish(QStringView name)
{
    static const QStringList months{
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    return static_cast<int>(months.indexOf(name.toString().toLower())) + 1;
}
} // namespace

// The reflow asks the tests below of every line and block. Each first checks the character its
// pattern must start with, which most text lacks, so most lines never reach a regular expression;
// the answers are the same.

bool isSectionHeading(QStringView text)
{
    if (text.isEmpty() || !(QStringView(u"一二三四五六七八九十IVX").contains(text.front())))
        return false;
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:[一二三四五六七八九十]+[.．、]|[IVX]+\.)\s*\S)"));
    return matches(re, text) && looksLikeHeading(text);
}

std::optional<QString> letteredHeadingTitle(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Z][.．]\s*(\S.*)$)"));
    const auto m = re.match(text);
    if (!m.hasMatch() || !looksLikeHeading(text))
        return std::nullopt;
    return m.captured(1);
}

std::optional<QStringList> originalLanguages(QStringView text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    static const QRegularExpression re(
        QStringLiteral(R"(^\[\s*(?:原件|Original)\s*[:：]\s*(.+?)\s*\]$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Text::languageCodes(m.captured(1));
}

std::optional<QDate> bracketedDate(QStringView text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    static const QRegularExpression zh(
        QStringLiteral(R"(^\[\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\]$)"));
    static const QRegularExpression en(
        QStringLiteral(R"(^\[\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*\]$)"));
    if (const auto m = zh.match(text); m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                      m.capturedView(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (const auto m = en.match(text); m.hasMatch()) {
        const QDate d(m.capturedView(3).toInt(), monthFromEnglish(m.capturedView(2)),
                      m.capturedView(1).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

bool isVoteListLabel(QStringView text)
{
    if (text.isEmpty() || !QStringView(u"赞反弃IA").contains(text.front()))
        return false;
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:赞成|反对|弃权|In favour|Against|Abstaining)\s*[:：]$)"));
    return matches(re, text);
}

QString listMarker(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\([a-z]{1,2}\)|\([ivxlc]+\)|[a-z]\)|[㈠-㈩]|\([一二三四五六七八九十]+\)|[•·▪◦●■-]|o(?=\s))\s*)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool startsNumberedParagraph(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{1,3}[.．]\s*\S)"));
    return matches(re, text);
}

bool isStandaloneLine(QStringView text)
{
    return isSectionHeading(text) || originalLanguages(text) || bracketedDate(text) ||
           isVoteListLabel(text);
}

bool looksLikeHeading(QStringView text)
{
    // Asked of whole paragraphs line after line: a text of more than 160 UTF-16 units has more
    // than 80 code points, too wide whatever they are, and is not measured.
    if (text.isEmpty() || text.size() > 160 || Text::displayWidth(text) > 80)
        return false;
    const char32_t last = Text::lastCodePoint(text);
    return !Text::isTerminalPunctuation(last) && last != U'，' && last != U',' && last != U'：' &&
           last != U':' && last != U'、';
}

} // namespace Rapporteur::Segmentation
