#pragma once

#include "gui/common/corpussession.h"
#include "gui/common/latestread.h"

#include "storage/records.h"

#include <QHash>
#include <QPoint>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

class ReusableConnection;

class ConcordanceCountModel;
class ConcordanceModel;

// The concordance tab: every occurrence of a term with its left and right context (keyword in
// context), sortable by either side, the counts per state beside it, and an export to CSV.
// Occurrences are found off the GUI thread, as search finds them.
class ConcordanceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConcordanceView)

public:
    explicit ConcordanceView(const CorpusSession &session, QWidget *parent = nullptr);
    ~ConcordanceView() override;

    // Puts the cursor in the term box, its text selected, to type the next term.
    void focusTerm();
    // Shows the occurrences of term (concordanceShown when done).
    void showTerm(const QString &term);
    // Writes the occurrences as they are ordered now; false (with a message shown) on failure.
    bool exportCsv(const QString &path);

    ConcordanceModel *lines() const { return m_lines; }
    ConcordanceCountModel *counts() const { return m_counts; }
    QString statusText() const;
    QTableView *linesTable() const { return m_table; }
    QTableView *countsTable() const { return m_countTable; }

signals:
    void concordanceShown(int occurrences);
    // mark: the term's place in the paragraph (start, end in code points); null when it is in a
    // footnote or a table cell.
    void paragraphActivated(const QString &document, qint64 submissionId, qint64 paragraphId,
                            const QPoint &mark);

private:
    // For the state names shown beside the codes.
    void setSubmissions(const QList<Storage::SubmissionRecord> &submissions);

    void sessionChanged(CorpusSession::Changes what);
    // The state column as wide as four in five of the names on show.
    void fitStateColumn();
    void run();
    void applyOrder();
    void chooseExportFile();

    const CorpusSession &m_session;
    QLineEdit *m_term;
    QComboBox *m_order;
    QPushButton *m_export;
    QLabel *m_status;
    QTableView *m_table;
    QTableView *m_countTable;
    ConcordanceModel *m_lines;
    ConcordanceCountModel *m_counts;
    std::shared_ptr<ReusableConnection> m_connection; // new whenever the session's file changes
    QHash<QString, QString> m_entityNames;
    LatestRead m_read{this};
};

} // namespace Rapporteur::Gui
