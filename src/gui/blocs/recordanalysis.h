#pragma once

#include "blocs/agreementmap.h"
#include "blocs/pairagreement.h"
#include "common/result.h"
#include "storage/rollcallquery.h"

#include <QImage>
#include <QList>

namespace Rapporteur::Storage {
class Database;
}

namespace Rapporteur::Gui {

// A group's cohesion over the chosen roll calls: the means of its cohesion on each
// (Blocs::groupCohesion), over the roll calls where a member voted.
struct GroupCohesionSummary
{
    QString group;     // short name
    int rollCalls = 0; // with a member voting
    double meanAgreementIndex = 0;
    double meanMajorityShare = 0;
};

// What the Voting record tab shows for one choice of roll calls, computed off the GUI thread.
struct RecordAnalysis
{
    qsizetype rollCalls = 0;
    Blocs::AgreementMatrix agreement; // in the dendrogram's order, for the heat map
    QImage cells;                     // the heat map's pixel per pair (AgreementHeatMap::cellImage)
    QList<int> blocSizes;             // the dendrogram cut in kRecordBlocs blocs, in that order
    Blocs::AgreementMap map;          // the states placed by their agreement
    QList<GroupCohesionSummary> cohesion; // the built-in groups, in their table's order
};

// How many blocs the heat map outlines: the five regional groups' number, a first guess that the
// map then confirms or not.
constexpr int kRecordBlocs = 5;

// Reads the chosen roll calls as a position table and computes the agreement (a state that
// was not a member when a roll call was taken is compared on it under no rule), the clusters and
// the map.
Result<RecordAnalysis> readRecordAnalysis(Storage::Database &db,
                                          const Storage::RollCallQuery &query,
                                          const Blocs::AgreementOptions &options);

} // namespace Rapporteur::Gui
