#include "pairagreement.h"

#include "common/csv.h"
#include "common/enumnames.h"

#include <array>
#include <bit>
#include <vector>

namespace Rapporteur::Blocs {

namespace {

bool compared(VotePosition a, VotePosition b, NonVotingRule rule)
{
    return rule == NonVotingRule::Count ||
           (a != VotePosition::NonVoting && b != VotePosition::NonVoting);
}

qsizetype category(VotePosition p)
{
    switch (p) {
    case VotePosition::Yes:
        return 0;
    case VotePosition::No:
        return 1;
    case VotePosition::Abstain:
        return 2;
    case VotePosition::NonVoting:
        break;
    }
    return 3;
}

} // namespace

QString abstentionRuleName(AbstentionRule rule)
{
    return rule == AbstentionRule::Half ? QStringLiteral("half") : QStringLiteral("disagree");
}

std::optional<AbstentionRule> abstentionRuleFromName(QStringView name)
{
    return valueNamed(name, {AbstentionRule::Half, AbstentionRule::Disagree}, abstentionRuleName,
                      Qt::CaseInsensitive);
}

QString nonVotingRuleName(NonVotingRule rule)
{
    return rule == NonVotingRule::Exclude ? QStringLiteral("exclude") : QStringLiteral("count");
}

std::optional<NonVotingRule> nonVotingRuleFromName(QStringView name)
{
    return valueNamed(name, {NonVotingRule::Exclude, NonVotingRule::Count}, nonVotingRuleName,
                      Qt::CaseInsensitive);
}

std::optional<double> positionAgreement(VotePosition a, VotePosition b,
                                        const AgreementOptions &options)
{
    if (!compared(a, b, options.nonVoting))
        return std::nullopt;
    if (a == b)
        return 1.0;
    if (a == VotePosition::NonVoting || b == VotePosition::NonVoting)
        return 0.0; // counted as a position of its own, unlike any other
    const bool oneAbstains = a == VotePosition::Abstain || b == VotePosition::Abstain;
    return oneAbstains && options.abstention == AbstentionRule::Half ? 0.5 : 0.0;
}

std::optional<double> PairAgreement::value() const
{
    if (compared == 0)
        return std::nullopt;
    return sum / compared;
}

namespace {

constexpr std::size_t kPositions = 4;
static_assert(static_cast<std::size_t>(VotePosition::NonVoting) == kPositions - 1,
              "every VotePosition has a row and a column");
using HalfPoints = std::array<std::array<int, kPositions>, kPositions>;

// positionAgreement for every two positions, once, in half points (-1: not compared): the loops
// then add integers, which keeps the whole record's matrix (20,000 pairs over 6,000 roll calls)
// fast and its sums exact.
HalfPoints halfPoints(const AgreementOptions &options)
{
    HalfPoints halves{};
    for (std::size_t x = 0; x < kPositions; ++x) {
        for (std::size_t y = 0; y < kPositions; ++y) {
            const auto score = positionAgreement(static_cast<VotePosition>(x),
                                                 static_cast<VotePosition>(y), options);
            halves[x][y] = score ? static_cast<int>(*score * 2) : -1;
        }
    }
    return halves;
}

// One state's positions as a bit set per position (bit v set: that position on vote v), so that
// a pair's agreement is counted 64 votes at a time: how often each position of one state meets
// each position of the other is the population count of the two sets' intersection.
struct PositionBits
{
    std::array<std::vector<quint64>, kPositions> sets;

    // A vote the state was not a member for is in none of the sets: it meets nothing.
    PositionBits(const VoteMatrix &matrix, qsizetype state)
    {
        const QList<VotePosition> &positions = matrix.positions[state];
        const auto words = static_cast<std::size_t>((positions.size() + 63) / 64);
        for (auto &set : sets)
            set.assign(words, 0);
        for (qsizetype v = 0; v < positions.size(); ++v) {
            if (matrix.isMember(state, v))
                sets[static_cast<std::size_t>(positions[v])][static_cast<std::size_t>(v / 64)] |=
                    quint64(1) << (v % 64);
        }
    }
};

PairAgreement pairAgreementOfBits(const PositionBits &a, const PositionBits &b,
                                  const HalfPoints &halves)
{
    // A state takes one position per vote, so the intersections of its sets with the other's
    // are disjoint: the votes worth h half points are the union of the intersections whose
    // positions score h, counted once per word rather than once per pair of positions.
    constexpr int kScores = 3; // 0, 1 or 2 half points
    qint64 met[kScores] = {};
    const std::size_t words = a.sets[0].size();
    for (std::size_t w = 0; w < words; ++w) {
        quint64 scored[kScores] = {};
        for (std::size_t x = 0; x < kPositions; ++x) {
            for (std::size_t y = 0; y < kPositions; ++y) {
                if (halves[x][y] >= 0)
                    scored[halves[x][y]] |= a.sets[x][w] & b.sets[y][w];
            }
        }
        for (int h = 0; h < kScores; ++h)
            met[h] += std::popcount(scored[h]);
    }
    PairAgreement pair;
    pair.sum = static_cast<double>(met[1] + 2 * met[2]) / 2;
    pair.compared = static_cast<int>(met[0] + met[1] + met[2]);
    return pair;
}

// Cohen's kappa over the votes compared where both states were members (`notMember`: the votes
// either was not; empty: all).
std::optional<double> kappaOfMembers(const QList<VotePosition> &a, const QList<VotePosition> &b,
                                     NonVotingRule nonVoting, const QBitArray &notMember)
{
    std::array<qint64, 4> first{}, second{};
    qint64 n = 0;
    qint64 same = 0;
    for (qsizetype v = 0; v < std::min(a.size(), b.size()); ++v) {
        if (!compared(a[v], b[v], nonVoting) || (v < notMember.size() && notMember.testBit(v)))
            continue;
        ++n;
        ++first[category(a[v])];
        ++second[category(b[v])];
        if (a[v] == b[v])
            ++same;
    }
    // In counts: pₑ·n² = Σ first·second, so pₑ = 1 exactly when that sum is n².
    qint64 chance = 0;
    for (std::size_t c = 0; c < first.size(); ++c)
        chance += first[c] * second[c];
    if (n == 0 || chance == n * n)
        return std::nullopt;
    const double observed = double(same) / double(n);
    const double expected = double(chance) / double(n * n);
    return (observed - expected) / (1.0 - expected);
}

} // namespace

PairAgreement pairAgreement(const QList<VotePosition> &a, const QList<VotePosition> &b,
                            const AgreementOptions &options)
{
    const HalfPoints halves = halfPoints(options);
    qint64 sum = 0;
    int compared = 0;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype v = 0; v < n; ++v) {
        const int h = halves[static_cast<std::size_t>(a[v])][static_cast<std::size_t>(b[v])];
        if (h >= 0) {
            sum += h;
            ++compared;
        }
    }
    PairAgreement pair;
    pair.sum = static_cast<double>(sum) / 2;
    pair.compared = compared;
    return pair;
}

std::optional<double> cohensKappa(const QList<VotePosition> &a, const QList<VotePosition> &b,
                                  NonVotingRule nonVoting)
{
    return kappaOfMembers(a, b, nonVoting, {});
}

AgreementMatrix AgreementMatrix::reordered(const QList<int> &order) const
{
    AgreementMatrix out;
    out.options = options;
    for (const int i : order) {
        out.codes.append(codes[i]);
        QList<std::optional<double>> row;
        QList<int> rowCompared;
        for (const int j : order) {
            row.append(values[i][j]);
            rowCompared.append(compared[i][j]);
        }
        out.values.append(row);
        out.compared.append(rowCompared);
    }
    return out;
}

AgreementMatrix agreementMatrix(const VoteMatrix &matrix, const AgreementOptions &options)
{
    AgreementMatrix out;
    out.codes = matrix.states;
    out.options = options;
    const qsizetype n = matrix.stateCount();
    out.values = QList<QList<std::optional<double>>>(n, QList<std::optional<double>>(n));
    out.compared = QList<QList<int>>(n, QList<int>(n, 0));
    const HalfPoints halves = halfPoints(options);
    std::vector<PositionBits> bits;
    bits.reserve(static_cast<std::size_t>(n));
    for (qsizetype state = 0; state < n; ++state)
        bits.emplace_back(matrix, state);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i; j < n; ++j) {
            const PairAgreement pair =
                pairAgreementOfBits(bits[std::size_t(i)], bits[std::size_t(j)], halves);
            out.values[i][j] = out.values[j][i] = pair.value();
            out.compared[i][j] = out.compared[j][i] = pair.compared;
        }
    }
    return out;
}

QList<QList<std::optional<double>>> kappaMatrix(const VoteMatrix &matrix, NonVotingRule nonVoting)
{
    const qsizetype n = matrix.stateCount();
    QList<QList<std::optional<double>>> out(n, QList<std::optional<double>>(n));
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i; j < n; ++j)
            out[i][j] = out[j][i] = kappaOfMembers(
                matrix.positions[i], matrix.positions[j], nonVoting,
                matrix.notMember.isEmpty() ? QBitArray()
                                           : matrix.notMember[i] | matrix.notMember[j]);
    }
    return out;
}

QString agreementCsv(const AgreementMatrix &matrix)
{
    QString csv = csvRow(QStringList{QStringLiteral("code")} + matrix.codes);
    for (qsizetype i = 0; i < matrix.size(); ++i) {
        QStringList fields{matrix.codes[i]};
        for (const auto &value : matrix.values[i])
            fields.append(value ? QString::number(*value, 'g', 10) : QString());
        csv += csvRow(fields);
    }
    return csv;
}

} // namespace Rapporteur::Blocs
