#pragma once

#include "paragraphspans.h"

#include "storage/codingrecords.h"

#include <QColor>
#include <QList>
#include <QString>

namespace Rapporteur::Gui {

// A coding as the reader shows it: where it lies, in its code's colour, and what hovering over
// it tells (code path, coder, time, memo).
struct CodingMark
{
    qint64 codingId = 0;
    TextSpan span;
    QColor colour;
    QString codePath;
    QString coder;
    QString createdAt; // ISO 8601 UTC, as stored
    QString memo;
    QString quote; // the coded text, as stored
};

// The colour a code is shown in: its own, or for a code without one (made on the command line
// or read from another tool) one of a fixed set of distinct colours, the same for the same code.
QColor codeColour(const Storage::CodeRecord &code);

// The marks of the codings that lie in the paragraphs on show, with their codes' paths and
// colours; orphans have no place in the text and are left out.
QList<CodingMark> marksOf(const QList<Storage::CodingRecord> &codings,
                          const QList<Storage::CodeRecord> &codebook);

// "论点/出口管制 — alice, 2026-11-21 14:30" and the memo under it, as plain text.
QString describeMark(const CodingMark &mark);

} // namespace Rapporteur::Gui
