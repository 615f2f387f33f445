#pragma once

#include "pairagreement.h"

#include <QList>
#include <QStringList>

namespace Rapporteur::Blocs {

// Hierarchical clustering of states into blocs: average linkage (UPGMA) on the distance
// 1 − agreement, merging the two closest clusters until one is left.
//
// * Distance between clusters: the mean of 1 − agreement over the pairs of their members whose
//   agreement is defined. A pair with no vote in common (NonVotingRule::Exclude) says nothing
//   about how close its states are, so it is left out of the mean, not counted as agreement or
//   disagreement; two clusters with no defined pair between them are at distance 1 (nothing
//   shows them together), so they merge last. With every agreement defined this is plain UPGMA.
// * Ties: distances within 1e-12 of each other are equal; among equal pairs the one whose first
//   cluster holds the lowest leaf index wins, then the one whose second cluster does. Leaves are
//   the input's order (the entity table's), so the same votes always give the same tree.

// One merge: nodes 0 … n−1 are the leaves (indices into Dendrogram::leaves), node n + i is the
// cluster made by merges[i].
struct DendrogramMerge
{
    int left = 0; // the node holding the lower leaf index
    int right = 0;
    double height = 0; // the distance at which the two merged, 0–1
    int size = 0;      // leaves under the new node
};

struct Dendrogram
{
    QStringList leaves;            // state codes, as in the agreement matrix
    QList<DendrogramMerge> merges; // n − 1 of them, in the order made
    // The leaves in drawing order: a depth-first walk of the tree from the root, left before
    // right, so that every cluster's leaves are contiguous.
    QList<int> leafOrder;

    int leafCount() const { return int(leaves.size()); }
    // The k blocs left when the last k − 1 merges are undone (k is clamped to 1 … leafCount()).
    // Each bloc lists its leaf indices in ascending order (the entity table's order); blocs come
    // in drawing order (by the position of their first leaf in leafOrder).
    QList<QList<int>> cut(int k) const;
    // The same blocs as state codes.
    QList<QStringList> cutCodes(int k) const;
};

Dendrogram averageLinkage(const AgreementMatrix &agreement);

} // namespace Rapporteur::Blocs
