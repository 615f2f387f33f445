#pragma once

#include "gui/common/columntablemodel.h"
#include "search/concordance.h"

#include <QHash>

namespace Rapporteur::Gui {

// Keyword in context: one row per occurrence, the left context right-aligned against the hit so
// that the hits stand in one column, as concordances are read.
class ConcordanceModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcordanceModel)

public:
    enum Column
    {
        State,
        Left,
        Hit,
        Right,
        Document,
        Page,
        ColumnCount
    };
    enum Role
    {
        ParagraphIdRole = Qt::UserRole + 1,
        SubmissionIdRole, // 0 outside a submission
        DocumentRole,
        // The occurrence as a QPoint (start, end) in the paragraph's code points; none for one
        // in a footnote, which the reader cannot mark.
        MarkRole,
    };

    explicit ConcordanceModel(QObject *parent = nullptr);
    ~ConcordanceModel() override;

    void setLines(QList<Search::ConcordanceLine> lines, QHash<QString, QString> entityNames);
    // Orders the rows as Search::sortConcordance does (by the left context read backwards from
    // the hit, by the right context, or in corpus order).
    void sortBy(Search::ConcordanceOrder order);
    const QList<Search::ConcordanceLine> &lines() const { return m_lines; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Search::ConcordanceLine> m_lines;
    QHash<QString, QString> m_entityNames;
};

// How often each state uses the term: occurrences and paragraphs, most first.
class ConcordanceCountModel final : public ColumnTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcordanceCountModel)

public:
    explicit ConcordanceCountModel(QObject *parent = nullptr);
    ~ConcordanceCountModel() override;

    void setCounts(QList<Search::ConcordanceCount> counts, QHash<QString, QString> entityNames);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Search::ConcordanceCount> m_counts;
    QHash<QString, QString> m_entityNames;
};

} // namespace Rapporteur::Gui
