#pragma once

#include "gui/common/columntablemodel.h"
#include "storage/records.h"

namespace Rapporteur::Gui {

// Submissions of the states a user chose in the blocs view (a member, a bloc, a group): what they
// wrote, beside how they voted. A row opens the submission.
class StateSubmissionsModel final : public ColumnTableModel
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

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int recordCount() const override;
    QString columnTitle(int column) const override;
    QList<Storage::SubmissionRecord> m_rows;
};

} // namespace Rapporteur::Gui
