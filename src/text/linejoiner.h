#pragma once

#include <QString>
#include <QStringView>

namespace Rapporteur::Text {

// Joins the text of a wrapped line to the next one as a reader would: nothing between CJK
// characters (Chinese wraps anywhere), one space between Latin words, and an English line-end
// hyphen kept and glued (Word-made UN PDFs hyphenate compounds, not syllables).
void appendWrappedLine(QString &paragraph, QStringView nextLine);

// Collapses justified letter-spacing: a run of three or more CJK characters each separated by one
// space ("成 员 资 格 标 准") loses the spaces. Spaces next to digits or Latin text stay, since
// Chinese UN typography puts them there on purpose ("第 76/234 号").
QString collapseLetterSpacing(QStringView line);

// Trims the line and folds each inner run of white space to one space.
QString simplifyLine(QStringView line);

} // namespace Rapporteur::Text
