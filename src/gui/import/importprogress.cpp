#include "importprogress.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace Rapporteur::Gui {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent), m_file(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("importProgress"));
    setAccessibleName(tr("Import progress"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("File being imported"));
    m_bar->setObjectName(QStringLiteral("importBar"));
    m_bar->setAccessibleName(tr("Import progress"));
    // Wide enough for "page 123 of 456", narrow enough to leave the status bar its messages.
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_cancel->setToolTip(tr("Stop the import; nothing of it is stored"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_bar->setRange(0, 0);
        m_bar->setFormat(tr("Cancelling…"));
        emit cancelRequested();
    });
    hide();
}

ImportProgress::~ImportProgress() = default;

void ImportProgress::begin(int fileCount)
{
    m_file->setText(fileCount == 1 ? tr("Importing 1 file")
                                   : tr("Importing %1 files").arg(fileCount));
    m_bar->setRange(0, 0);
    m_bar->resetFormat();
    m_cancel->setEnabled(true);
    show();
}

void ImportProgress::showProgress(const QString &file, int fileIndex, int fileCount, qint64 done,
                                  qint64 total, const QString &step)
{
    if (!m_cancel->isEnabled())
        return; // cancelling: the bar says so until the import ends
    if (file.isEmpty())
        m_file->setText(tr("Saving to the database"));
    else if (fileCount > 1)
        m_file->setText(
            tr("%1 (%2 of %3)").arg(QFileInfo(file).fileName()).arg(fileIndex + 1).arg(fileCount));
    else
        m_file->setText(QFileInfo(file).fileName());
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy: the work does not know how much remains
    } else {
        // QProgressBar counts in int; pages and steps fit, the clamp keeps it honest anyway.
        const int maximum = static_cast<int>(std::min<qint64>(total, 1'000'000));
        m_bar->setRange(0, maximum);
        m_bar->setValue(static_cast<int>(std::clamp<qint64>(done, 0, maximum)));
    }
    m_bar->setFormat(step.isEmpty() ? QStringLiteral("%p%") : step);
    m_bar->setToolTip(step);
}

void ImportProgress::end()
{
    hide();
    m_bar->reset();
    m_file->clear();
}

QString ImportProgress::fileText() const
{
    return m_file->text();
}

} // namespace Rapporteur::Gui
