#pragma once

#include "storage/stateplenaryvotes.h"

#include <QList>
#include <QString>

namespace Rapporteur::Analysis {

// A resolution the General Assembly adopts again session after session under the same title
// ("Necessity of ending the economic, commercial and financial embargo imposed by the United
// States of America against Cuba"), and a state's position on each of its roll calls.
struct ResolutionSeries
{
    QString title;                          // as its latest roll call gives it
    QList<Storage::StatePlenaryVote> votes; // by date
    int sessions = 0;                       // how many sessions it spans
};

// A position as one letter of a series' line: Y, N, A, and · for not voting.
QChar seriesLetter(Storage::RollCallPosition position);

// The title a series is known by: case, white space and closing punctuation aside, so that
// "Question of Palestine", "QUESTION OF PALESTINE" and "Question of  Palestine." are one.
QString seriesKey(const QString &title);

// The series among a state's plenary votes: roll calls on whole texts whose titles have one key,
// in two sessions or more. Votes on amendments or separate paragraphs, and untitled roll calls,
// belong to none. In the order of each series' first vote (then by title).
QList<ResolutionSeries> resolutionSeries(const QList<Storage::StatePlenaryVote> &votes);

} // namespace Rapporteur::Analysis
