#pragma once

#include "blocs/agreementmap.h"
#include "blocs/blocanalysis.h"
#include "blocs/cohesion.h"
#include "blocs/groups.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Rapporteur::Cli {

// The JSON shapes of `agreement` (between states' votes), `clusters`, `cohesion` and `groups`.
// Field names are part of the contract: add, never rename. A state is {code, name_zh, name_en};
// a vote is {key (what --votes takes to name it alone), document, label, subject, subject_kind,
// date}; undefined values are null.

// {codes, matrix: [[agreement 0–1 or null] per code], states, compared: [[votes compared]],
//  votes, options: {abstain, non_voting, order}, absent_throughout: [codes], kappa (when asked)}
// in the order of `matrix` (the entity table's, or the dendrogram's for the cluster order).
// allVotes: every vote of the corpus, which the keys must tell apart.
QJsonObject voteAgreementJson(const Blocs::BlocAnalysis &analysis,
                              const Blocs::AgreementMatrix &matrix, const QString &order,
                              bool withKappa, const QList<Storage::VoteRecord> &allVotes);

// {k, blocs: [{bloc (1-based), size, members: [state]}], dendrogram: {leaves: [codes], order:
//  [codes in drawing order], merges: [{left, right, height, size}]}, votes, options,
//  absent_throughout}. Merge nodes are numbered as in Blocs::DendrogramMerge: leaves 0 … n−1,
// merge i is node n + i.
QJsonObject clustersJson(const Blocs::BlocAnalysis &analysis, int k,
                         const QList<Storage::VoteRecord> &allVotes);

// {session (null for committee votes or one map of several sessions), votes (how many),
//  points: [state + {group (regional group's short name or null), x, y}], left_out: [codes],
//  explained: [share of axis 1, of axis 2]}
QJsonObject agreementMapJson(const Blocs::AgreementMap &map, const QString &session,
                             qsizetype votes);

// {group, votes: [{key, document, label, subject, members, voted, yes, no, abstain, majority:
//  [positions], tied, majority_share, agreement_index, otherwise: [state + position],
//  not_voting: [state]}]}
QJsonObject cohesionJson(const Blocs::Group &group, const QList<Blocs::GroupCohesion> &cohesion,
                         const QList<Storage::VoteRecord> &allVotes);

// {short_name, kind (regional|other|user), built_in, name_en, name_zh, aliases, size, members:
//  [codes]}
QJsonObject groupJson(const Blocs::Group &group);

} // namespace Rapporteur::Cli
