#include "versionalignment.h"

#include "structurepatterns.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>

namespace Rapporteur::Segmentation {

namespace {

// What a paragraph weighs for alignment: its length without white space (Chinese has none, and
// the English spaces would only inflate the ratio).
double weight(const Paragraph &p)
{
    qsizetype n = 0;
    for (const QChar c : p.text) {
        if (!c.isSpace())
            ++n;
    }
    return static_cast<double>(std::max<qsizetype>(n, 1));
}

class ParagraphAligner
{
public:
    ParagraphAligner(const ParsedDocument &left, const ParsedDocument &right, double ratio)
        : m_left(left), m_right(right), m_ratio(ratio)
    {
    }

    // Pairs paragraphs with the same number first, then aligns each stretch between such pairs.
    QList<AlignedParagraphs> align(const QList<int> &left, const QList<int> &right) const
    {
        QList<AlignedParagraphs> out;
        qsizetype i = 0;
        qsizetype j = 0;
        for (const auto &[a, b] : numberedAnchors(left, right)) {
            alignStretch(left.mid(i, a - i), right.mid(j, b - j), out);
            out.append(
                {left[a], right[b],
                 score(weight(m_left.paragraphs[left[a]]), weight(m_right.paragraphs[right[b]]))});
            i = a + 1;
            j = b + 1;
        }
        alignStretch(left.mid(i), right.mid(j), out);
        return out;
    }

private:
    // Positions (in left, in right) of paragraphs that carry the same number, increasing on
    // both sides, so that the anchors never cross.
    QList<std::pair<qsizetype, qsizetype>> numberedAnchors(const QList<int> &left,
                                                           const QList<int> &right) const
    {
        QHash<int, qsizetype> rightByNumber;
        for (qsizetype j = 0; j < right.size(); ++j) {
            if (const int n = paragraphNumber(m_right.paragraphs[right[j]].text); n > 0)
                rightByNumber.insert(n, j); // a number used twice: its last place
        }
        QList<std::pair<qsizetype, qsizetype>> anchors;
        qsizetype lastRight = -1;
        for (qsizetype i = 0; i < left.size(); ++i) {
            const int n = paragraphNumber(m_left.paragraphs[left[i]].text);
            const auto it = rightByNumber.constFind(n);
            if (n > 0 && it != rightByNumber.cend() && *it > lastRight) {
                anchors.append({i, *it});
                lastRight = *it;
            }
        }
        return anchors;
    }

    // How well a left length and a right length agree with the expected ratio: 1 when exactly.
    double score(double left, double right) const
    {
        return std::exp(-std::abs(std::log(right / (left * m_ratio))));
    }

    // The moves of the dynamic programme: how many paragraphs of each side one step takes.
    struct Move
    {
        int left;
        int right;
        double penalty; // added to the length mismatch: one-to-one is the usual case
    };

    void alignStretch(const QList<int> &left, const QList<int> &right,
                      QList<AlignedParagraphs> &out) const
    {
        // The programme's table grows with the product of the two lengths: a long stretch with
        // no numbered paragraph to anchor it is cut at proportional points first, so memory and
        // time stay bounded (a real document's stretches between numbers are far shorter).
        constexpr qsizetype kMaxCells = 4'000'000;
        if (left.size() > 1 && right.size() > 1 && left.size() * right.size() > kMaxCells) {
            const qsizetype halfLeft = left.size() / 2;
            const qsizetype halfRight = right.size() / 2;
            alignStretch(left.first(halfLeft), right.first(halfRight), out);
            alignStretch(left.sliced(halfLeft), right.sliced(halfRight), out);
            return;
        }
        static const Move moves[] = {
            {1, 1, 0.0}, {2, 1, 0.7}, {1, 2, 0.7}, {1, 0, 2.0}, {0, 1, 2.0}};
        const qsizetype n = left.size();
        const qsizetype m = right.size();
        constexpr double kInfinity = std::numeric_limits<double>::infinity();
        QList<double> cost((n + 1) * (m + 1), kInfinity);
        QList<int> step((n + 1) * (m + 1), -1);
        const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
        cost[at(0, 0)] = 0;
        for (qsizetype i = 0; i <= n; ++i) {
            for (qsizetype j = 0; j <= m; ++j) {
                if (i == 0 && j == 0)
                    continue;
                for (int k = 0; k < 5; ++k) {
                    const Move &mv = moves[k];
                    if (i < mv.left || j < mv.right)
                        continue;
                    const double before = cost[at(i - mv.left, j - mv.right)];
                    if (before == kInfinity)
                        continue;
                    double leftWeight = 0;
                    double rightWeight = 0;
                    for (int a = 0; a < mv.left; ++a)
                        leftWeight += weight(m_left.paragraphs[left[i - 1 - a]]);
                    for (int b = 0; b < mv.right; ++b)
                        rightWeight += weight(m_right.paragraphs[right[j - 1 - b]]);
                    double c = mv.penalty;
                    if (mv.left > 0 && mv.right > 0) {
                        c += std::abs(std::log(rightWeight / (leftWeight * m_ratio)));
                        const Paragraph &l = m_left.paragraphs[left[i - 1]];
                        const Paragraph &r = m_right.paragraphs[right[j - 1]];
                        if (l.kind != r.kind)
                            c += 1.0; // a heading faces a heading
                    }
                    if (before + c < cost[at(i, j)]) {
                        cost[at(i, j)] = before + c;
                        step[at(i, j)] = k;
                    }
                }
            }
        }
        QList<AlignedParagraphs> reversed;
        qsizetype i = n;
        qsizetype j = m;
        while (i > 0 || j > 0) {
            const Move &mv = moves[step[at(i, j)]];
            const double stepCost = cost[at(i, j)] - cost[at(i - mv.left, j - mv.right)];
            const double s = std::exp(-stepCost);
            if (mv.left == 0) {
                reversed.append({-1, right[j - 1], s});
            } else if (mv.right == 0) {
                reversed.append({left[i - 1], -1, s});
            } else {
                // Collected from the end, so the later paragraph of a two comes first here.
                for (int a = 0; a < mv.left; ++a) {
                    for (int b = 0; b < mv.right; ++b)
                        reversed.append({left[i - 1 - a], right[j - 1 - b], s});
                }
            }
            i -= mv.left;
            j -= mv.right;
        }
        for (auto it = reversed.crbegin(); it != reversed.crend(); ++it)
            out.append(*it);
    }

    const ParsedDocument &m_left;
    const ParsedDocument &m_right;
    double m_ratio;
};

// Each state's submissions, in order: "CHN" → [3], "" (unresolved) → [7, 9].
QHash<QString, QList<int>> submissionsByEntity(const ParsedDocument &doc)
{
    QHash<QString, QList<int>> out;
    for (qsizetype s = 0; s < doc.submissions.size(); ++s)
        out[doc.submissions[s].entityCode].append(static_cast<int>(s));
    return out;
}

QList<int> paragraphsOf(const ParsedDocument &doc, int submission)
{
    QList<int> out;
    for (qsizetype p = 0; p < doc.paragraphs.size(); ++p) {
        if (doc.paragraphs[p].submission == submission)
            out.append(static_cast<int>(p));
    }
    return out;
}

QStringList codes(const QList<NamedEntity> &names)
{
    QStringList out;
    for (const NamedEntity &n : names)
        out.append(n.entityCode.isEmpty() ? n.written : n.entityCode);
    out.sort();
    return out;
}

// The documents' own ratio of lengths, right over left, taken over all their paragraphs.
double lengthRatio(const ParsedDocument &left, const ParsedDocument &right)
{
    double l = 0;
    double r = 0;
    for (const Paragraph &p : left.paragraphs)
        l += weight(p);
    for (const Paragraph &p : right.paragraphs)
        r += weight(p);
    return l > 0 && r > 0 ? r / l : 1.0;
}

} // namespace

QStringList versionDifferences(const ParsedDocument &left, const ParsedDocument &right)
{
    QStringList out;
    const auto versions = QStringLiteral("%1 and %2").arg(left.language, right.language);
    const auto compareCounts = [&](const char *what, qsizetype a, qsizetype b) {
        if (a != b)
            out.append(QStringLiteral("the %1 versions record %2 and %3 %4")
                           .arg(versions)
                           .arg(a)
                           .arg(b)
                           .arg(QLatin1String(what)));
    };
    compareCounts("votes", left.votes.size(), right.votes.size());
    for (qsizetype v = 0; v < std::min(left.votes.size(), right.votes.size()); ++v) {
        const RecordedVote &a = left.votes[v];
        const RecordedVote &b = right.votes[v];
        const QString name = a.label.isEmpty() ? QString::number(v + 1) : a.label;
        if (a.statedYes != b.statedYes || a.statedNo != b.statedNo ||
            a.statedAbstain != b.statedAbstain)
            out.append(QStringLiteral("vote %1: the %2 versions state different figures")
                           .arg(name, versions));
        const std::pair<const char *, QList<NamedEntity> RecordedVote::*> lists[] = {
            {"in favour", &RecordedVote::yes},
            {"against", &RecordedVote::no},
            {"abstaining", &RecordedVote::abstain}};
        for (const auto &[what, list] : lists) {
            if (codes(a.*list) != codes(b.*list))
                out.append(QStringLiteral("vote %1: the %2 versions list different states %3")
                               .arg(name, versions, QLatin1String(what)));
        }
    }
    compareCounts("lists of sponsors", left.sponsorships.size(), right.sponsorships.size());
    for (qsizetype s = 0; s < std::min(left.sponsorships.size(), right.sponsorships.size()); ++s) {
        const Sponsorship &a = left.sponsorships[s];
        const Sponsorship &b = right.sponsorships[s];
        if (codes(a.main) != codes(b.main) || codes(a.joined) != codes(b.joined))
            out.append(QStringLiteral("sponsors of %1: the %2 versions name different states")
                           .arg(a.draftSymbol.isEmpty() ? b.draftSymbol : a.draftSymbol, versions));
    }
    return out;
}

VersionAlignment alignVersions(const ParsedDocument &left, const ParsedDocument &right)
{
    VersionAlignment out;
    const ParagraphAligner aligner(left, right, lengthRatio(left, right));
    QHash<QString, QList<int>> rightByEntity = submissionsByEntity(right);
    QSet<int> pairedRight;
    for (qsizetype s = 0; s < left.submissions.size(); ++s) {
        AlignedSubmissions pair;
        pair.left = static_cast<int>(s);
        pair.entityCode = left.submissions[s].entityCode;
        QList<int> &candidates = rightByEntity[pair.entityCode];
        if (!pair.entityCode.isEmpty() && !candidates.isEmpty()) {
            pair.right = candidates.takeFirst();
            pairedRight.insert(pair.right);
        }
        pair.paragraphs =
            aligner.align(paragraphsOf(left, pair.left),
                          pair.right >= 0 ? paragraphsOf(right, pair.right) : QList<int>{});
        out.submissions.append(pair);
    }
    for (qsizetype s = 0; s < right.submissions.size(); ++s) {
        if (pairedRight.contains(static_cast<int>(s)))
            continue;
        AlignedSubmissions alone;
        alone.right = static_cast<int>(s);
        alone.entityCode = right.submissions[s].entityCode;
        alone.paragraphs = aligner.align({}, paragraphsOf(right, alone.right));
        out.submissions.append(alone);
    }
    out.outside = aligner.align(paragraphsOf(left, -1), paragraphsOf(right, -1));
    out.differences = versionDifferences(left, right);
    return out;
}

} // namespace Rapporteur::Segmentation
