#pragma once

#include "common/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Rapporteur::Text {

// One entry of a table of a language file: a pattern (or word) and what it means.
struct LanguageTerm
{
    QRegularExpression pattern;
    QString meaning;
};

// How UN documents are written in one language: the words and the shapes of phrases that the
// reading looks for (data/languages/<code>.tsv; docs/languages.md describes each key). The
// program has one reading for every language; what differs between languages is here, so that a
// further language is a data file. Every pattern list is tried in order; the named groups of a
// pattern are what it reads.
struct LanguageRules
{
    QString code;         // ISO 639-1: "en"
    bool hanScript = false; // told from others by its characters rather than its words
    QStringList functionWords;

    QList<LanguageTerm> languageNames; // "english" → "en" (matched whole, case-insensitively)
    QRegularExpression languageSeparator;
    QHash<QString, int> months;  // lower case: "may" → 5
    QHash<QString, int> numbers; // lower case: "eighteenth" → 18, "twenty" → 20

    QList<QRegularExpression> sectionHeading;
    QList<QRegularExpression> letteredHeading; // group title
    QList<QRegularExpression> coverLine;
    QList<QRegularExpression> original;        // group languages
    QList<QRegularExpression> date;            // groups year, month, day

    QList<LanguageTerm> voteLabels;            // "In favour" → "yes"
    QList<QRegularExpression> emptyList;       // a vote list that names no one: "None."
    QList<QRegularExpression> voteHeader;      // label, subject, yes, no, abstain, outcome
    QList<LanguageTerm> outcomes;              // "retained" → "retained"
    QList<QRegularExpression> meeting;         // meeting, year, month, day
    QList<QRegularExpression> draftMention;
    QList<QRegularExpression> subjectPreambular; // number
    QList<QRegularExpression> subjectOperative;  // number
    QList<QRegularExpression> subjectDraft;
    QList<QRegularExpression> intendedVote;      // state, position
    QList<LanguageTerm> intendedPositions;       // "abstain" → "abstain"

    QList<QRegularExpression> sponsorsMain;   // names, also
    QList<QRegularExpression> sponsorsJoined; // names
    QList<QRegularExpression> sponsorsDraft;  // draft
    QList<QRegularExpression> sponsorsGroup;  // an "on behalf of" that describes a group
    QList<QRegularExpression> draftSponsorLine; // names

    QList<QRegularExpression> resolutionHeading;
    QList<QRegularExpression> resolutionOpening;
    QList<QRegularExpression> annexHeading;
    QList<QRegularExpression> adoption;        // year, month, day
    QList<QRegularExpression> reportReference; // committee, report, paragraph

    QList<QRegularExpression> namePrefix; // an article before a name in running text: "the "
    QRegularExpression nameSeparator;
    QRegularExpression nameConjunction;
    bool namesKeepSpaces = true;

    // The languages compiled into the program (data/languages/*.tsv), in a fixed order.
    static const QList<LanguageRules> &builtIn();
    // The built-in rules of a language; English for a code we have no rules for.
    static const LanguageRules &forLanguage(QStringView code);
    // Parses one file; an error names the line and what is wrong with it.
    static Result<LanguageRules> fromTsv(const QString &tsv);

    // A number as the language writes it: digits, a number word, words joined by hyphens
    // ("twenty-first"), or Chinese numerals. 0 when it is none of these.
    int number(QStringView text) const;
    // A month by name or number; 0 when it is neither.
    int month(QStringView text) const;
    // The date in a match of a pattern with the groups year, month and day; invalid if none.
    QDate dateOf(const QRegularExpressionMatch &match) const;
    // The meaning of the first term whose pattern the text contains; empty when none does.
    static QString meaningIn(const QList<LanguageTerm> &terms, QStringView text);
    // The first match of any of the patterns; an invalid match when none matches.
    static QRegularExpressionMatch firstMatch(const QList<QRegularExpression> &patterns,
                                              QStringView text);
};

// The language a text is written in: one whose script it is written in (Chinese when Han
// characters are a good share of its letters), else the one whose function words it uses most.
QString detectLanguage(QStringView sample);

} // namespace Rapporteur::Text
