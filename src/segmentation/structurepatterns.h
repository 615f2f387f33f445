#pragma once

#include "common/recordedvote.h"
#include "text/languagerules.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Rapporteur::Segmentation {

// The recurring line shapes of UN documents, in any of the languages we read
// (data/languages/*.tsv). Each takes the text of one reflowed paragraph or line, white space
// already simplified.

// "二. 答复", "一、导言", "II. Replies": a numbered section heading.
bool isSectionHeading(QStringView text);
// "A. 各国政府", "B. 欧洲联盟": a lettered heading; returns the title after the letter.
std::optional<QString> letteredHeadingTitle(QStringView text);
// "[原件：英文和法文]", "[Original: English and French]" → {"en", "fr"}. An empty list inside
// the optional means the marker was there but named no language we know.
std::optional<QStringList> originalLanguages(QStringView text);
// "[2022 年 5 月 19 日]", "[19 May 2022]".
std::optional<QDate> bracketedDate(QStringView text);
// A paragraph that opens with a vote list's label in the language ("赞成：", "In favour:"): the
// position its list holds, and the list when it shares the label's line.
struct LabelledVoteList
{
    VotePosition position;
    QString names;
};
std::optional<LabelledVoteList> labelledVoteList(QStringView text,
                                                 const Text::LanguageRules &language);
// The label alone on a line, in any language.
bool isVoteListLabel(QStringView text);
// A line of a cover page that is not the title: session, agenda item, rapporteur.
bool isCoverLine(QStringView text);
// "(a) ", "• ", "㈠ ", "(i) ", "o ": the marker a list item starts with; empty when none.
QString listMarker(QStringView text);
// "1. ", "12. ": a numbered paragraph, and its number (0 when it has none).
bool startsNumberedParagraph(QStringView text);
int paragraphNumber(QStringView text);
// A line that is always a paragraph of its own (headings, submission markers, vote labels).
bool isStandaloneLine(QStringView text);
// Short and without closing punctuation: a heading rather than running text.
bool looksLikeHeading(QStringView text);
// The same, for a document's title before its first section, which may run to two lines.
bool looksLikeTitle(QStringView text);

} // namespace Rapporteur::Segmentation
