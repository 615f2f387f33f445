#include "languagerules.h"

#include "builtinresource.h"
#include "charclass.h"
#include "chinesenumber.h"
#include "tsvtable.h"

#include <QDir>

#include <functional>

namespace Rapporteur::Text {

namespace {

using Patterns = QList<QRegularExpression> LanguageRules::*;
using Terms = QList<LanguageTerm> LanguageRules::*;

// The keys whose value is a pattern list, with the named groups each pattern must have.
struct PatternKey
{
    const char *key;
    Patterns member;
    QStringList groups;
};

const QList<PatternKey> &patternKeys()
{
    static const QList<PatternKey> keys{
        {"section_heading", &LanguageRules::sectionHeading, {}},
        {"lettered_heading", &LanguageRules::letteredHeading, {QStringLiteral("title")}},
        {"cover_line", &LanguageRules::coverLine, {}},
        {"original", &LanguageRules::original, {QStringLiteral("languages")}},
        {"date",
         &LanguageRules::date,
         {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day")}},
        {"vote_header",
         &LanguageRules::voteHeader,
         {QStringLiteral("subject"), QStringLiteral("yes"), QStringLiteral("no"),
          QStringLiteral("outcome")}},
        {"empty_list", &LanguageRules::emptyList, {}},
        {"meeting",
         &LanguageRules::meeting,
         {QStringLiteral("meeting"), QStringLiteral("year"), QStringLiteral("month"),
          QStringLiteral("day")}},
        {"draft_mention", &LanguageRules::draftMention, {}},
        {"subject_preambular", &LanguageRules::subjectPreambular, {QStringLiteral("number")}},
        {"subject_operative", &LanguageRules::subjectOperative, {QStringLiteral("number")}},
        {"subject_draft", &LanguageRules::subjectDraft, {}},
        {"intended_vote",
         &LanguageRules::intendedVote,
         {QStringLiteral("state"), QStringLiteral("position")}},
        {"sponsors_main", &LanguageRules::sponsorsMain, {QStringLiteral("names")}},
        {"sponsors_joined", &LanguageRules::sponsorsJoined, {QStringLiteral("names")}},
        {"sponsors_draft", &LanguageRules::sponsorsDraft, {QStringLiteral("draft")}},
        {"sponsors_group", &LanguageRules::sponsorsGroup, {}},
        {"draft_sponsor_line", &LanguageRules::draftSponsorLine, {QStringLiteral("names")}},
        {"resolution_heading", &LanguageRules::resolutionHeading, {}},
        {"resolution_opening", &LanguageRules::resolutionOpening, {}},
        {"annex_heading", &LanguageRules::annexHeading, {}},
        {"adoption",
         &LanguageRules::adoption,
         {QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day")}},
        {"report_reference", &LanguageRules::reportReference, {QStringLiteral("report")}},
        {"name_prefix", &LanguageRules::namePrefix, {}},
    };
    return keys;
}

// The keys whose value is a table of words or patterns with their meanings, and the meanings
// allowed (none listed: any).
struct TermKey
{
    const char *key;
    Terms member;
    QStringList meanings;
};

const QList<TermKey> &termKeys()
{
    static const QStringList positions{QStringLiteral("yes"), QStringLiteral("no"),
                                       QStringLiteral("abstain")};
    static const QList<TermKey> keys{
        {"language_name", &LanguageRules::languageNames, {}},
        {"vote_label", &LanguageRules::voteLabels, positions},
        {"outcome",
         &LanguageRules::outcomes,
         {QStringLiteral("retained"), QStringLiteral("adopted"), QStringLiteral("rejected")}},
        {"intended", &LanguageRules::intendedPositions, positions},
    };
    return keys;
}

Result<QRegularExpression> compile(const QString &pattern,
                                   QRegularExpression::PatternOptions options, int line)
{
    QRegularExpression re(pattern, options | QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("line %1: %2 at offset %3")
                         .arg(line)
                         .arg(re.errorString())
                         .arg(re.patternErrorOffset()),
                     {}};
    return re; // compiled when first used: a document uses few of a language's patterns
}

Error lineError(int line, const QString &what)
{
    return Error{ErrorCode::InvalidInput, QStringLiteral("line %1: %2").arg(line).arg(what), {}};
}

} // namespace

Result<LanguageRules> LanguageRules::fromTsv(const QString &tsv)
{
    LanguageRules rules;
    rules.languageSeparator = QRegularExpression(QStringLiteral("\\s*,\\s*"));
    rules.nameSeparator = QRegularExpression(QStringLiteral("\\s*,\\s*"));
    rules.nameConjunction = QRegularExpression(QStringLiteral("(?!)"));
    for (const TsvRow &row : tsvRows(tsv, TsvHeader::None)) {
        const int lineNumber = static_cast<int>(row.line);
        QStringList cells;
        for (QStringView field : row.fields)
            cells.append(field.toString());
        const QString &key = cells[0];
        if (cells.size() < 2 || cells[1].isEmpty())
            return lineError(lineNumber, QStringLiteral("\"%1\" has no value").arg(key));
        const QString &value = cells[1];
        if (cells.size() > 3)
            return lineError(lineNumber, QStringLiteral("more than three columns"));

        if (const auto p =
                std::find_if(patternKeys().cbegin(), patternKeys().cend(),
                             [&](const PatternKey &k) { return key == QLatin1String(k.key); });
            p != patternKeys().cend()) {
            auto re = compile(value, {}, lineNumber);
            if (!re)
                return re.error();
            const QStringList names = re->namedCaptureGroups();
            for (const QString &group : p->groups) {
                if (!names.contains(group))
                    return lineError(
                        lineNumber,
                        QStringLiteral("%1 needs a group named \"%2\"").arg(key, group));
            }
            (rules.*(p->member)).append(*re);
            continue;
        }
        if (const auto t =
                std::find_if(termKeys().cbegin(), termKeys().cend(),
                             [&](const TermKey &k) { return key == QLatin1String(k.key); });
            t != termKeys().cend()) {
            if (cells.size() != 3)
                return lineError(lineNumber,
                                 QStringLiteral("%1 needs a word and its meaning").arg(key));
            if (!t->meanings.isEmpty() && !t->meanings.contains(cells[2]))
                return lineError(lineNumber,
                                 QStringLiteral("%1 means one of %2, not \"%3\"")
                                     .arg(key, t->meanings.join(QStringLiteral(", ")), cells[2]));
            // A language name is a whole name; the other terms are found inside a phrase.
            const QString pattern =
                key == QLatin1String("language_name") ? QStringLiteral("^%1$").arg(value) : value;
            auto re = compile(pattern, QRegularExpression::CaseInsensitiveOption, lineNumber);
            if (!re)
                return re.error();
            (rules.*(t->member)).append(LanguageTerm{*re, cells[2]});
            continue;
        }
        if (key == QLatin1String("month") || key == QLatin1String("number")) {
            bool ok = false;
            const int n = cells.size() == 3 ? cells[2].toInt(&ok) : 0;
            if (!ok || n <= 0)
                return lineError(lineNumber,
                                 QStringLiteral("%1 needs a word and a number").arg(key));
            (key == QLatin1String("month") ? rules.months : rules.numbers)
                .insert(value.toLower(), n);
            continue;
        }
        if (key == QLatin1String("code")) {
            rules.code = value;
        } else if (key == QLatin1String("script")) {
            if (value != QLatin1String("han") && value != QLatin1String("latin"))
                return lineError(lineNumber, QStringLiteral("script is han or latin"));
            rules.hanScript = value == QLatin1String("han");
        } else if (key == QLatin1String("function_word")) {
            rules.functionWords.append(value.toLower());
        } else if (key == QLatin1String("language_separator") ||
                   key == QLatin1String("name_separator") ||
                   key == QLatin1String("name_conjunction")) {
            auto re = compile(value, QRegularExpression::CaseInsensitiveOption, lineNumber);
            if (!re)
                return re.error();
            (key == QLatin1String("language_separator") ? rules.languageSeparator
             : key == QLatin1String("name_separator")   ? rules.nameSeparator
                                                        : rules.nameConjunction) = *re;
        } else if (key == QLatin1String("name_spaces")) {
            if (value != QLatin1String("keep") && value != QLatin1String("drop"))
                return lineError(lineNumber, QStringLiteral("name_spaces is keep or drop"));
            rules.namesKeepSpaces = value == QLatin1String("keep");
        } else {
            return lineError(lineNumber, QStringLiteral("unknown key \"%1\"").arg(key));
        }
    }
    if (rules.code.isEmpty())
        return Error{
            ErrorCode::InvalidInput, QStringLiteral("the file names no language code"), {}};
    return rules;
}

const QList<LanguageRules> &LanguageRules::builtIn()
{
    static const QList<LanguageRules> all = [] {
        QList<LanguageRules> out;
        const QDir dir(QStringLiteral(":/rapporteur/data/languages"));
        // Sorted by name, so the order (and which language wins a tie) never depends on the
        // resource system.
        for (const QString &name :
             dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
            auto parsed = fromTsv(readBuiltInResource(dir.filePath(name)));
            if (!parsed)
                qFatal("the built-in language file %s is invalid: %s", qPrintable(name),
                       qPrintable(parsed.error().userMessage));
            out.append(std::move(parsed).value());
        }
        if (out.isEmpty())
            qFatal("no built-in language files");
        return out;
    }();
    return all;
}

const LanguageRules &LanguageRules::forLanguage(QStringView code)
{
    const auto &all = builtIn();
    for (const LanguageRules &rules : all) {
        if (rules.code == code)
            return rules;
    }
    for (const LanguageRules &rules : all) {
        if (rules.code == QLatin1String("en"))
            return rules;
    }
    return all.front();
}

int LanguageRules::number(QStringView text) const
{
    text = text.trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    if (const int n = text.toInt(&ok); ok)
        return n;
    int total = 0;
    for (const QStringView part : text.split(u'-')) {
        const int n = numbers.value(part.toString().toLower());
        if (n == 0) {
            total = 0;
            break;
        }
        total += n;
    }
    return total > 0 ? total : parseChineseNumber(text);
}

int LanguageRules::month(QStringView text) const
{
    bool ok = false;
    if (const int n = text.toInt(&ok); ok)
        return n;
    return months.value(text.toString().toLower());
}

QDate LanguageRules::dateOf(const QRegularExpressionMatch &match) const
{
    const QDate d(match.capturedView(u"year").toInt(), month(match.capturedView(u"month")),
                  match.capturedView(u"day").toInt());
    return d;
}

QString LanguageRules::meaningIn(const QList<LanguageTerm> &terms, QStringView text)
{
    for (const LanguageTerm &t : terms) {
        if (t.pattern.match(text).hasMatch())
            return t.meaning;
    }
    return {};
}

QRegularExpressionMatch LanguageRules::firstMatch(const QList<QRegularExpression> &patterns,
                                                  QStringView text)
{
    QRegularExpressionMatch none;
    for (const QRegularExpression &re : patterns) {
        auto m = re.match(text);
        if (m.hasMatch())
            return m;
        none = m;
    }
    return none;
}

QString detectLanguage(QStringView sample)
{
    qsizetype han = 0;
    qsizetype letters = 0;
    QHash<QString, qsizetype> wordCounts;
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty())
            ++wordCounts[word.toLower()];
        word.clear();
    };
    forEachCodePoint(sample, [&](char32_t c) {
        if (isCjk(c)) {
            ++han;
            endWord();
        } else if (QChar::isLetter(c)) {
            ++letters;
            word.append(QString::fromUcs4(&c, 1));
        } else {
            endWord();
        }
    });
    endWord();
    const auto &all = LanguageRules::builtIn();
    if (han > 0 && han * 2 >= letters) {
        for (const LanguageRules &rules : all) {
            if (rules.hanScript)
                return rules.code;
        }
    }
    QString best = QStringLiteral("en");
    qsizetype bestCount = 0;
    for (const LanguageRules &rules : all) {
        qsizetype count = 0;
        for (const QString &w : rules.functionWords)
            count += wordCounts.value(w);
        if (count > bestCount) {
            best = rules.code;
            bestCount = count;
        }
    }
    return best;
}

} // namespace Rapporteur::Text
