#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QToolButton;
QT_END_NAMESPACE

namespace Rapporteur::Gui {

// The status bar's view of a running import: which file, a bar of its pages or steps (busy when
// their number is unknown) and a Cancel button. Non-modal, so the corpus stays readable while
// the import runs; hidden when no import runs.
class ImportProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    explicit ImportProgress(QWidget *parent = nullptr);
    ~ImportProgress() override;

    // Shows the widget for a new import of fileCount files.
    void begin(int fileCount);
    // The signature of ImportController::progress, so that it connects directly.
    void showProgress(const QString &file, int fileIndex, int fileCount, qint64 done, qint64 total,
                      const QString &step);
    // Hides the widget: the import has ended, however it ended.
    void end();

    QString fileText() const;
    QProgressBar *bar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QLabel *m_file;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Rapporteur::Gui
