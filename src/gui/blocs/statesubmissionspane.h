#pragma once

#include "storage/records.h"

#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class StateSubmissionsModel;

// Beside the blocs: what the states a user chose wrote. Choosing a member, a bloc or a group lists
// their submissions in the corpus; a double-click (or Enter) opens one, and for a single state a
// button opens its profile.
class StateSubmissionsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateSubmissionsPane)

public:
    explicit StateSubmissionsPane(QWidget *parent = nullptr);
    ~StateSubmissionsPane() override;

    // title says who they are ("Bloc 2 · 24 states"); submissions are theirs, in the order shown.
    void showStates(const QString &title, const QStringList &codes,
                    const QList<Storage::SubmissionRecord> &submissions);
    void showNote(const QString &note);

    QStringList states() const { return m_codes; }
    QString title() const;
    StateSubmissionsModel *model() const { return m_model; }

signals:
    void entityRequested(const QString &code);
    void submissionRequested(qint64 submissionId);

private:
    QStringList m_codes;
    StateSubmissionsModel *m_model;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_profile;
    QTableView *m_table;
};

} // namespace Rapporteur::Gui
