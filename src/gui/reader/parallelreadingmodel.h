#pragma once

#include "analysis/versionpairs.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Rapporteur::Gui {

// Two language versions of a submission (or of a whole document) read in parallel: one row per
// paragraph and what faces it in the other version, as the versions align. A row whose
// paragraph faces nothing, or whose lengths agree badly with the documents' own ratio, is
// shaded: it is where a translation or a reading may differ.
class ParallelReadingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParallelReadingModel)

public:
    enum Role
    {
        ParagraphIdRole = Qt::UserRole + 1, // the paragraph of that column, 0 for none
        ScoreRole,
    };

    explicit ParallelReadingModel(QObject *parent = nullptr);
    ~ParallelReadingModel() override;

    // The columns' languages (ISO 639-1) and the rows.
    void setRows(const QStringList &languages, const QList<Analysis::ParallelRow> &rows);
    void clear();
    const QList<Analysis::ParallelRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Below this score a row is shaded (see the class comment).
    static constexpr double kDoubtfulScore = 0.5;

private:
    QStringList m_languages;
    QList<Analysis::ParallelRow> m_rows;
};

} // namespace Rapporteur::Gui
