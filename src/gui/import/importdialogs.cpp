#include "importdialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace Rapporteur::Gui {

using Workflow::ImportSummary;

namespace {

// Past this many lines the summary would outgrow the screen: the dialog shows the first ones
// and keeps the whole text under "Show Details…".
constexpr int kShownLines = 24;

QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QString outcomeText(ImportSummary::Outcome outcome)
{
    switch (outcome) {
    case ImportSummary::Outcome::Inserted:
        return ImportDialogs::tr("new");
    case ImportSummary::Outcome::Replaced:
        return ImportDialogs::tr("replaced the earlier import");
    case ImportSummary::Outcome::Unchanged:
        return ImportDialogs::tr("unchanged, already in the corpus");
    }
    return {};
}

// The workflow's message starts with the file's name, which the dialog says on its own line;
// the rest becomes a sentence.
QString reasonOf(const QString &file, const QString &message)
{
    const QString prefix = QFileInfo(file).fileName() + QStringLiteral(": ");
    QString reason = message.startsWith(prefix) ? message.mid(prefix.size()) : message;
    if (reason.isEmpty())
        return ImportDialogs::tr("An unknown error stopped the import.");
    reason[0] = reason[0].toUpper();
    if (!reason.endsWith(u'.'))
        reason += u'.';
    return reason;
}

} // namespace

QString ImportDialogs::summaryHeadline(const QList<ImportSummary> &summaries)
{
    int inserted = 0;
    int replaced = 0;
    int unchanged = 0;
    int warnings = 0;
    for (const ImportSummary &s : summaries) {
        inserted += s.outcome == ImportSummary::Outcome::Inserted;
        replaced += s.outcome == ImportSummary::Outcome::Replaced;
        unchanged += s.outcome == ImportSummary::Outcome::Unchanged;
        warnings += static_cast<int>(s.warnings.size()) + (s.orphanedCodings > 0 ? 1 : 0);
    }
    QString line =
        tr("Imported %1: %2 new, %3 replaced, %4 unchanged.")
            .arg(counted(static_cast<int>(summaries.size()), tr("1 file"), tr("%1 files")))
            .arg(inserted)
            .arg(replaced)
            .arg(unchanged);
    if (warnings > 0)
        line += u' ' + counted(warnings, tr("1 warning."), tr("%1 warnings."));
    return line;
}

QString ImportDialogs::summaryText(const QList<ImportSummary> &summaries)
{
    QStringList lines;
    for (const ImportSummary &s : summaries) {
        if (!lines.isEmpty())
            lines.append(QString());
        const QString title = s.title.isEmpty() ? tr("untitled") : s.title;
        lines.append(tr("%1 — %2 (%3)").arg(s.symbol, title, QFileInfo(s.sourcePath).fileName()));
        lines.append(tr("%1: %2, %3, %4, %5")
                         .arg(outcomeText(s.outcome),
                              counted(s.submissions, tr("1 submission"), tr("%1 submissions")),
                              counted(s.paragraphs, tr("1 paragraph"), tr("%1 paragraphs")),
                              counted(s.pages, tr("1 page"), tr("%1 pages")), s.encoding));
        if (s.symbolProvisional)
            lines.append(tr("No symbol was found in the document: it is stored as %1 until you "
                            "rename it (in the corpus, its context menu: Rename Document…).")
                             .arg(s.symbol));
        for (const QString &warning : s.warnings)
            lines.append(tr("Warning: %1").arg(warning));
        if (s.orphanedCodings > 0)
            lines.append(tr("Warning: %n coding(s) no longer find their text: they are kept, "
                            "listed under Orphaned codings in the Codebook dock.",
                            nullptr, s.orphanedCodings));
    }
    return lines.join(u'\n');
}

QString ImportDialogs::errorText(const QString &file, const Error &error,
                                 const QString &databasePath, int fileCount)
{
    const QString what =
        !databasePath.isEmpty() && file == databasePath
            ? tr("Could not import into the database %1.").arg(QDir::toNativeSeparators(file))
            : tr("Could not import “%1”.").arg(QFileInfo(file).fileName());
    const QString nothing =
        fileCount > 1
            ? tr("None of the %1 files was imported; the corpus is unchanged.").arg(fileCount)
            : tr("Nothing was imported; the corpus is unchanged.");
    return what + QStringLiteral("\n\n") + reasonOf(file, error.userMessage) +
           QStringLiteral("\n\n") + nothing;
}

QMessageBox *ImportDialogs::showSummary(QWidget *parent, const QList<ImportSummary> &summaries)
{
    bool anyWarning = false;
    for (const ImportSummary &s : summaries)
        anyWarning = anyWarning || !s.warnings.isEmpty() || s.orphanedCodings > 0;
    const QString body = summaryText(summaries);
    QStringList lines = body.split(u'\n');
    const bool cut = lines.size() > kShownLines;
    if (cut) {
        lines = lines.mid(0, kShownLines);
        lines.append(tr("… (Show Details… lists everything)"));
    }
    auto *box = new QMessageBox(anyWarning ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Import Finished"), QString(), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("importSummaryDialog"));
    box->setAccessibleName(tr("Import summary"));
    // Titles and warnings quote documents; a "<" in them must not turn the text into HTML.
    box->setTextFormat(Qt::PlainText);
    box->setText(summaryHeadline(summaries) + QStringLiteral("\n\n") + lines.join(u'\n'));
    if (cut)
        box->setDetailedText(body);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

QMessageBox *ImportDialogs::showError(QWidget *parent, const QString &file, const Error &error,
                                      const QString &databasePath, int fileCount)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Import Failed"), QString(),
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("importErrorDialog"));
    box->setAccessibleName(tr("Import error"));
    box->setTextFormat(Qt::PlainText);
    box->setText(errorText(file, error, databasePath, fileCount));
    // The full path and the technical detail, for a bug report; not what the user reads first.
    QString details = QDir::toNativeSeparators(file);
    if (!error.detail.isEmpty())
        details += u'\n' + error.detail;
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

QInputDialog *ImportDialogs::askPassword(QWidget *parent, const QString &file, bool wrongPassword)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("importPasswordDialog"));
    dialog->setAccessibleName(tr("PDF password"));
    dialog->setWindowTitle(tr("Encrypted PDF"));
    const QString name = QFileInfo(file).fileName();
    dialog->setLabelText(wrongPassword
                             ? tr("That password does not open “%1”. Try again:").arg(name)
                             : tr("“%1” is encrypted. Enter its password to import it:").arg(name));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Rapporteur::Gui
