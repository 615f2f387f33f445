#include "clustering.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Rapporteur::Blocs {

namespace {

constexpr double kTie = 1e-12;

// The root's leaves depth-first, left before right.
QList<int> drawingOrder(int leafCount, const QList<DendrogramMerge> &merges)
{
    QList<int> order;
    if (leafCount == 0)
        return order;
    QList<int> stack{leafCount + int(merges.size()) - 1};
    while (!stack.isEmpty()) {
        const int node = stack.takeLast();
        if (node < leafCount) {
            order.append(node);
            continue;
        }
        const DendrogramMerge &m = merges[node - leafCount];
        stack.append(m.right); // popped after the left subtree
        stack.append(m.left);
    }
    return order;
}

// Union-find over leaves, for cutting.
int root(QList<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

Dendrogram averageLinkage(const AgreementMatrix &agreement)
{
    Dendrogram tree;
    tree.leaves = agreement.codes;
    const int n = int(agreement.size());

    // Slot i holds the cluster whose lowest leaf is i (a merge keeps the lower slot), so walking
    // slots in index order is the tie-breaking order. Per pair of slots, flat and row-major: the
    // sum of agreement and the count of pairs of leaves where it is defined, and the distance
    // they give (kept up to date, as the search for the closest pair reads it n − 1 times).
    const auto at = [n](int i, int j) { return std::size_t(i) * std::size_t(n) + std::size_t(j); };
    std::vector<double> sum(std::size_t(n) * std::size_t(n), 0.0);
    std::vector<int> count(sum.size(), 0);
    std::vector<double> distance(sum.size(), 1.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j && agreement.values[i][j]) {
                sum[at(i, j)] = *agreement.values[i][j];
                count[at(i, j)] = 1;
                distance[at(i, j)] = 1.0 - sum[at(i, j)];
            }
        }
    }
    std::vector<char> alive(std::size_t(n), 1);
    QList<int> node(n), size(n, 1);
    std::iota(node.begin(), node.end(), 0);

    for (int step = 0; step + 1 < n; ++step) {
        int bestI = -1, bestJ = -1;
        double best = 0;
        for (int i = 0; i < n; ++i) {
            if (!alive[std::size_t(i)])
                continue;
            const double *row = distance.data() + at(i, 0);
            for (int j = i + 1; j < n; ++j) {
                if (alive[std::size_t(j)] && (bestI < 0 || row[j] < best - kTie)) {
                    best = row[j];
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        tree.merges.append(
            {node[bestI], node[bestJ], std::max(0.0, best), size[bestI] + size[bestJ]});
        for (int k = 0; k < n; ++k) {
            if (!alive[std::size_t(k)] || k == bestI || k == bestJ)
                continue;
            const double s = sum[at(bestI, k)] + sum[at(bestJ, k)];
            const int c = count[at(bestI, k)] + count[at(bestJ, k)];
            const double d = c > 0 ? 1.0 - s / c : 1.0;
            sum[at(bestI, k)] = sum[at(k, bestI)] = s;
            count[at(bestI, k)] = count[at(k, bestI)] = c;
            distance[at(bestI, k)] = distance[at(k, bestI)] = d;
        }
        alive[std::size_t(bestJ)] = 0;
        node[bestI] = n + step;
        size[bestI] += size[bestJ];
    }
    tree.leafOrder = drawingOrder(n, tree.merges);
    return tree;
}

QList<QList<int>> Dendrogram::cut(int k) const
{
    const int n = leafCount();
    if (n == 0)
        return {};
    k = std::clamp(k, 1, n);
    QList<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    // A node's representative leaf: itself for a leaf, the left one's for a merge.
    QList<int> representative(n + int(merges.size()));
    std::iota(representative.begin(), representative.begin() + n, 0);
    for (int i = 0; i < int(merges.size()); ++i) {
        const DendrogramMerge &m = merges[i];
        representative[n + i] = representative[m.left];
        if (i < n - k)
            parent[root(parent, representative[m.right])] = root(parent, representative[m.left]);
    }
    QHash<int, qsizetype> blocOfRoot;
    QList<QList<int>> blocs;
    for (const int leaf : leafOrder) {
        const int r = root(parent, leaf);
        auto found = blocOfRoot.constFind(r);
        if (found == blocOfRoot.cend()) {
            found = blocOfRoot.insert(r, blocs.size());
            blocs.append(QList<int>());
        }
        blocs[*found].append(leaf);
    }
    for (QList<int> &bloc : blocs)
        std::sort(bloc.begin(), bloc.end());
    return blocs;
}

QList<QStringList> Dendrogram::cutCodes(int k) const
{
    QList<QStringList> out;
    for (const QList<int> &bloc : cut(k)) {
        QStringList codes;
        for (const int leaf : bloc)
            codes.append(leaves[leaf]);
        out.append(codes);
    }
    return out;
}

} // namespace Rapporteur::Blocs
