#pragma once

#include "votematrix.h"

#include "common/recordedvote.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Rapporteur::Blocs {

// Agreement between two states over the chosen votes: the mean, over the votes compared, of how
// far their positions agree on each. Two identical positions agree fully (1), yes and no not at
// all (0). The options say what abstention and non-voting count for.

// Yes or no against an abstention.
enum class AbstentionRule
{
    Half,     // 0.5: an abstention is half-way between yes and no (the usual index of UN studies)
    Disagree, // 0: any two different positions disagree
};

// A member state in none of a vote's lists (absent, or without a vote under Article 19).
enum class NonVotingRule
{
    Exclude, // the vote is left out for every pair with a non-voting state
    Count,   // non-voting is a position of its own: equal to non-voting (1), to nothing else (0)
};

QString abstentionRuleName(AbstentionRule rule); // "half", "disagree"
std::optional<AbstentionRule> abstentionRuleFromName(QStringView name);
QString nonVotingRuleName(NonVotingRule rule); // "exclude", "count"
std::optional<NonVotingRule> nonVotingRuleFromName(QStringView name);

struct AgreementOptions
{
    AbstentionRule abstention = AbstentionRule::Half;
    NonVotingRule nonVoting = NonVotingRule::Exclude;
};

// How far two positions on one vote agree (0, 0.5 or 1); empty when the vote is not compared (a
// non-voting state under NonVotingRule::Exclude).
std::optional<double> positionAgreement(VotePosition a, VotePosition b,
                                        const AgreementOptions &options);

// Two states' agreement over their vote vectors (same length, same votes).
struct PairAgreement
{
    double sum = 0;   // of positionAgreement over the votes compared
    int compared = 0; // votes compared
    // sum / compared; empty when no vote was compared (there is nothing to measure).
    std::optional<double> value() const;
};

PairAgreement pairAgreement(const QList<VotePosition> &a, const QList<VotePosition> &b,
                            const AgreementOptions &options);

// Cohen's kappa between two states' vote vectors: positions are categories (yes, no, abstain, and
// non-voting under NonVotingRule::Count), over the votes compared as above; no half credit for an
// abstention. κ = (pₒ − pₑ) / (1 − pₑ), pₒ the share of identical positions and pₑ = Σ over the
// categories of the product of the two states' shares. Empty when no vote is compared or when
// pₑ = 1 (both states always in one and the same category: chance explains it all).
std::optional<double> cohensKappa(const QList<VotePosition> &a, const QList<VotePosition> &b,
                                  NonVotingRule nonVoting);

// Agreement of every pair of states of a VoteMatrix.
struct AgreementMatrix
{
    QStringList codes; // rows and columns in this order
    AgreementOptions options;
    // [row][column], symmetric; the diagonal is 1 for a state with a vote compared. Empty where
    // the pair has no vote in common to compare.
    QList<QList<std::optional<double>>> values;
    QList<QList<int>> compared; // [row][column]: votes compared

    qsizetype size() const { return codes.size(); }
    // The same matrix with rows and columns in another order: order[i] is the index (in this
    // matrix) of the new i-th state; for the cluster order of a Dendrogram.
    AgreementMatrix reordered(const QList<int> &order) const;
};

AgreementMatrix agreementMatrix(const VoteMatrix &matrix, const AgreementOptions &options = {});

// The matrix as CSV (common/csv.h: RFC 4180, CRLF), the layout of `rapporteur-cli agreement
// --csv` and of the blocs view's export: a header `code,<codes…>`, then a row `<code>,<values…>`
// per state, an undefined value left empty.
QString agreementCsv(const AgreementMatrix &matrix);

// Cohen's kappa of every pair, in the order of matrix.states ([row][column], symmetric).
QList<QList<std::optional<double>>> kappaMatrix(const VoteMatrix &matrix, NonVotingRule nonVoting);

} // namespace Rapporteur::Blocs
