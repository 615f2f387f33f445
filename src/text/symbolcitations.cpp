#include "symbolcitations.h"

#include "documentsymbol.h"
#include "matchingkey.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace Rapporteur::Text {

namespace {

// A resolution's number as texts write it. General Assembly: session/number, an optional part
// letter ("37/98 D"); the look-arounds keep dates (2022/05/19) and longer numbers out.
// Security Council: number (year).
const QString kGaNumber = QStringLiteral(
    R"((?<![\d/])(\d{1,3})\s*/\s*(\d{1,4})(?![\d/])(?:\s*([A-Z])(?![A-Za-z0-9/]))?)");
const QString kScNumber = QStringLiteral(R"((?<![\d/])(\d{1,4})\s*\(\s*(\d{4})\s*\))");

enum class Body
{
    GeneralAssembly,
    HumanRightsCouncil,
};

// The symbol of the resolution (or decision) a number names; groups 1-3 are a General Assembly
// number, 4-5 a Security Council one, as kGaNumber and kScNumber capture them in that order.
QString resolutionSymbol(const QRegularExpressionMatch &m, int first, bool decision, Body body)
{
    if (!m.captured(first + 3).isEmpty()) {
        if (decision)
            return {}; // the Security Council numbers resolutions only
        return QStringLiteral("S/RES/%1(%2)").arg(m.captured(first + 3), m.captured(first + 4));
    }
    QString series = decision ? QStringLiteral("A/DEC/") : QStringLiteral("A/RES/");
    if (body == Body::HumanRightsCouncil)
        series = QStringLiteral("A/HRC/RES/"); // the Council adopts no numbered decisions here
    QString symbol = series + m.captured(first) + QLatin1Char('/') + m.captured(first + 1);
    if (!m.captured(first + 2).isEmpty())
        symbol += QLatin1Char(' ') + m.captured(first + 2);
    return symbol;
}

// Collects citations and the spans already read, so that no span is read twice
// ("A/RES/76/234" is not also "76/234", a link in the text not also its symbol).
class Collector
{
public:
    explicit Collector(qsizetype size) : m_taken(static_cast<size_t>(size), false) {}

    bool isFree(qsizetype start, qsizetype length) const
    {
        const auto begin = m_taken.begin() + start;
        return std::none_of(begin, begin + length, [](bool taken) { return taken; });
    }
    void add(const QString &symbol, qsizetype start, qsizetype length)
    {
        if (symbol.isEmpty() || !isFree(start, length))
            return;
        std::fill_n(m_taken.begin() + start, length, true);
        m_found.append({symbol, start, length});
    }
    QList<SymbolCitation> sorted()
    {
        std::sort(m_found.begin(), m_found.end(),
                  [](const auto &a, const auto &b) { return a.start < b.start; });
        return m_found;
    }

private:
    std::vector<bool> m_taken;
    QList<SymbolCitation> m_found;
};

void findLinks(const QString &text, Collector &out)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s，。；、》」“”]+)"));
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString target = m.captured();
        // A closing bracket or full stop after the address belongs to the sentence, unless the
        // address opened the bracket itself ("…/S/RES/1540(2004)").
        while (!target.isEmpty()) {
            const QChar last = target.back();
            const bool unbalanced =
                last == QLatin1Char(')') && target.count(QLatin1Char('(')) < target.count(last);
            if (!unbalanced && !QStringLiteral(".,;:").contains(last))
                break;
            target.chop(1);
        }
        out.add(symbolFromLink(target), m.capturedStart(), target.size());
    }
}

void findWrittenSymbols(const QString &text, Collector &out)
{
    static const QRegularExpression symbol(QStringLiteral(
        R"((?<![A-Za-z0-9/.\-])[A-Z]{1,8}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*(?:\s?\(\d{4}\))?)+)"
        R"((?:\s?\(Vol\.\s?[IVXL]+\))?(\s[A-Z](?![A-Za-z0-9]))?)"));
    for (auto it = symbol.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString written = m.captured();
        const bool resolution =
            written.contains(QLatin1String("/RES/")) || written.contains(QLatin1String("/DEC/"));
        if (!m.captured(1).isEmpty() && !resolution)
            written.chop(m.captured(1).size()); // "A/77/96 I…": a part letter needs a resolution
        // Only a Security Council resolution spaces its year off ("S/RES/1540 (2004)"); a
        // year after another symbol belongs to the sentence ("A/77/96 (2022)").
        static const QRegularExpression spacedYear(QStringLiteral(R"( \(\d)"));
        if (const qsizetype spaced = written.indexOf(spacedYear);
            spaced > 0 && !written.startsWith(QLatin1String("S/RES/")))
            written.truncate(spaced);
        while (written.endsWith(QLatin1Char('.')) || written.endsWith(QLatin1Char('-')))
            written.chop(1);
        out.add(canonicalSymbol(written), m.capturedStart(), written.size());
    }
}

// "第 76/234 号决议", and lists of numbers that share one 决议 at their end.
void findChineseNumbered(const QString &text, Collector &out)
{
    static const QRegularExpression numbered(
        QStringLiteral(R"(第\s*(?:%1|%2)\s*号)").arg(kGaNumber, kScNumber));
    // Between two numbers of one list: a conjunction, then at most a short phrase (a date) that
    // does not end the clause.
    static const QRegularExpression joined(
        QStringLiteral(R"(^\s*(?:和|、|及|以及|与|或|,)[^，。；;：:！？!?]{0,24}$)"));
    static const QRegularExpression kindAfter(QStringLiteral(R"(^\s*(决议|决定))"));
    static const QRegularExpression councilBefore(QStringLiteral(R"(人权理事会\s*$)"));

    QList<QRegularExpressionMatch> matches;
    for (auto it = numbered.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    for (qsizetype i = 0; i < matches.size();) {
        qsizetype last = i;
        while (last + 1 < matches.size() &&
               joined
                   .match(QStringView(text).mid(matches[last].capturedEnd(),
                                                matches[last + 1].capturedStart() -
                                                    matches[last].capturedEnd()))
                   .hasMatch())
            ++last;
        const auto kind = kindAfter.match(QStringView(text).mid(matches[last].capturedEnd()));
        if (kind.hasMatch()) {
            const bool decision = kind.captured(1) == QStringLiteral("决定");
            const qsizetype from = std::max<qsizetype>(0, matches[i].capturedStart() - 8);
            const auto before =
                QStringView(text).mid(from, matches[i].capturedStart() - from).toString();
            const Body body = councilBefore.match(before).hasMatch() ? Body::HumanRightsCouncil
                                                                     : Body::GeneralAssembly;
            for (qsizetype k = i; k <= last; ++k)
                out.add(resolutionSymbol(matches[k], 1, decision, body), matches[k].capturedStart(),
                        matches[k].capturedLength());
        }
        i = last + 1;
    }
}

// "决议(76/234)", "决议（76/234）", "决议 76/234".
void findChineseBracketed(const QString &text, Collector &out)
{
    static const QRegularExpression bracketed(
        QStringLiteral(R"(决议\s*(?:\(\s*%1\s*\)|%1))").arg(kGaNumber));
    for (auto it = bracketed.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // The number sits in groups 1-3 or, without brackets, 4-6.
        const int first = m.captured(1).isEmpty() ? 4 : 1;
        QString symbol =
            QStringLiteral("A/RES/") + m.captured(first) + QLatin1Char('/') + m.captured(first + 1);
        if (!m.captured(first + 2).isEmpty())
            symbol += QLatin1Char(' ') + m.captured(first + 2);
        out.add(symbol, m.capturedStart(), m.capturedLength());
    }
}

// "resolution 76/234", "resolutions 1540 (2004) and 1718 (2006)", "decision 76/515".
void findEnglish(const QString &text, Collector &out)
{
    static const QRegularExpression lead(QStringLiteral(R"(\b(resolution|decision)s?\s+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral(R"(%1|%2)").arg(kGaNumber, kScNumber));
    static const QRegularExpression separator(QStringLiteral(R"(\s*,\s*(?:and\s+)?|\s+and\s+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression councilBefore(QStringLiteral(R"(Human Rights Council\s*$)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    for (auto it = lead.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool decision =
            m.captured(1).compare(QLatin1String("decision"), Qt::CaseInsensitive) == 0;
        const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 24);
        const Body body =
            councilBefore.match(QStringView(text).mid(from, m.capturedStart() - from)).hasMatch()
                ? Body::HumanRightsCouncil
                : Body::GeneralAssembly;
        qsizetype pos = m.capturedEnd();
        for (;;) {
            const auto n = number.match(text, pos, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            if (!n.hasMatch())
                break;
            out.add(resolutionSymbol(n, 1, decision, body), n.capturedStart(), n.capturedLength());
            const auto sep = separator.match(text, n.capturedEnd(), QRegularExpression::NormalMatch,
                                             QRegularExpression::AnchorAtOffsetMatchOption);
            if (!sep.hasMatch())
                break;
            pos = sep.capturedEnd();
        }
    }
}

} // namespace

// Whether an upper-case letter stands right before a slash, as in every written symbol ("A/77/96").
bool hasSymbolSlash(QStringView text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('/'), 1); i > 0;
         i = text.indexOf(QLatin1Char('/'), i + 1)) {
        if (text[i - 1] >= QLatin1Char('A') && text[i - 1] <= QLatin1Char('Z'))
            return true;
    }
    return false;
}

// Whether the text holds `word` (ASCII, lower case) in any case. After foldWidth the letters a
// case-insensitive regular expression would also take for ASCII ones (ſ, K) are ASCII already.
bool containsAsciiCaseless(QStringView text, QLatin1StringView word)
{
    const qsizetype n = word.size();
    for (qsizetype i = 0; i + n <= text.size(); ++i) {
        qsizetype k = 0;
        while (k < n) {
            char16_t c = text[i + k].unicode();
            if (c >= u'A' && c <= u'Z')
                c = static_cast<char16_t>(c - u'A' + u'a');
            if (c != word[k].unicode())
                break;
            ++k;
        }
        if (k == n)
            return true;
    }
    return false;
}

QList<SymbolCitation> findSymbolCitations(QStringView text)
{
    const QString folded = foldWidth(text);
    Collector out(folded.size());
    // Every import reads each paragraph and footnote here, and most cite nothing. Each reader
    // runs only on text that holds what all of its matches hold (cheap substring tests), so most
    // texts never reach a regular expression.
    if (folded.contains(QLatin1String("http")))
        findLinks(folded, out);
    if (hasSymbolSlash(folded))
        findWrittenSymbols(folded, out);
    if (folded.contains(u'第') && folded.contains(u'号'))
        findChineseNumbered(folded, out);
    if (folded.contains(u"决议"))
        findChineseBracketed(folded, out);
    if (containsAsciiCaseless(folded, QLatin1StringView("resolution")) ||
        containsAsciiCaseless(folded, QLatin1StringView("decision")))
        findEnglish(folded, out);
    return out.sorted();
}

QString symbolFromQuery(QStringView query)
{
    const QString q = foldWidth(query).trimmed();
    if (q.startsWith(QLatin1String("http")))
        return symbolFromLink(q);
    if (const auto cited = findSymbolCitations(q); !cited.isEmpty())
        return cited.constFirst().symbol;
    if (const QString symbol = canonicalSymbol(q); !symbol.isEmpty())
        return symbol;
    static const QRegularExpression alone(
        QStringLiteral(R"(^(?:%1|%2)$)").arg(kGaNumber, kScNumber));
    if (const auto m = alone.match(q); m.hasMatch())
        return resolutionSymbol(m, 1, false, Body::GeneralAssembly);
    return {};
}

} // namespace Rapporteur::Text
