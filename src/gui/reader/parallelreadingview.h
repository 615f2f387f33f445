#pragma once

#include "gui/common/latestread.h"

#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class ParallelReadingModel;

// The Versions tab: a submission (or a whole document) in two of its language versions, row by
// row as they align (analysis/versionpairs.h). The alignment is read and computed off the GUI
// thread; a newer request supersedes one still running.
class ParallelReadingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParallelReadingView)

public:
    explicit ParallelReadingView(QWidget *parent = nullptr);
    ~ParallelReadingView() override;

    // Submission 0: the whole document. The other version is the document's first in another
    // language than the submission's (for a document: than its primary version's).
    void showVersions(const QString &databasePath, const QString &symbol, qint64 submissionId);
    void showNote(const QString &note);

    ParallelReadingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString title() const;

signals:
    // The rows (or a note saying why there are none) are shown.
    void versionsShown();

private:
    void spanSharedParagraphs();

    QLabel *m_title;
    QTableView *m_table;
    ParallelReadingModel *m_model;
    LatestRead m_read{this};
};

} // namespace Rapporteur::Gui
