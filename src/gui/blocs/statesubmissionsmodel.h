#pragma once

#include "storage/records.h"

#include <QAbstractTableModel>

namespace Rapporteur::Gui {

// Submissions of the states a user chose in the blocs view (a member, a bloc, a group): what they
// wrote, beside how they voted. A row opens the submission.
class StateSubmissionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateSubmissionsModel)

public:
    enum Column
    {
        State,
        Document,
        Section,
        Paragraphs,
        ColumnCount
    };
    enum Role
    {
        SubmissionIdRole = Qt::UserRole + 1,
        CodeRole,
    };

    explicit StateSubmissionsModel(QObject *parent = nullptr);
    ~StateSubmissionsModel() override;

    void setSubmissions(const QList<Storage::SubmissionRecord> &submissions);
    const QList<Storage::SubmissionRecord> &submissions() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Storage::SubmissionRecord> m_rows;
};

} // namespace Rapporteur::Gui
