#pragma once

#include "gui/common/latestread.h"
#include "gui/reader/codingmark.h"

#include "storage/codingrecords.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace Rapporteur::Gui {

// What the codebook dock shows: the codes (parents first, with their counts), the codings whose
// text is gone, and everyone who has coded (for the coder filter).
struct CodebookData
{
    QList<Storage::CodeRecord> codes;
    QList<Storage::CodingRecord> orphans; // with their code paths
    QStringList coders;                   // sorted
};

// Reads what coding shows off the GUI thread, each request with a connection of its own: the
// codebook, and the marks of the paragraphs a reader shows. A request supersedes the earlier one
// of the same kind (for marks: of the same reader).
class CodingLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodingLoader)

public:
    explicit CodingLoader(QObject *parent = nullptr);
    // Waits for the reads still running, so that no worker outlives the loader's owner.
    ~CodingLoader() override;

    void loadCodebook(const QString &databasePath);
    // The marks of the codings in these paragraphs (of one document), by one coder or (empty)
    // all. done runs on the GUI thread unless `reader` is gone or asked again since.
    void loadMarks(const QString &databasePath, QObject *reader, const QList<qint64> &paragraphIds,
                   const QString &coder,
                   const std::function<void(const QList<CodingMark> &)> &done);

signals:
    void codebookLoaded(const Rapporteur::Gui::CodebookData &data);
    void loadFailed(const QString &message);

private:
    LatestRead m_codebookRead{this};
    // The newest request of each reader wins: several readers show marks at once.
    LatestReadPerKey<QObject *> m_marksRead{this};
};

} // namespace Rapporteur::Gui
