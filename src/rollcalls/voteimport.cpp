#include "voteimport.h"

#include "csvreader.h"
#include "gzipinput.h"
#include "stateresolver.h"
#include "undlvotefile.h"
#include "voetentables.h"
#include "votefilekind.h"

#include "common/shownpath.h"
#include "referencedata/entityregistry.h"
#include "storage/rollcallrepository.h"

#include <QFileInfo>

namespace Rapporteur::RollCalls {

namespace {

struct ReadFile
{
    VoteFileKind kind;
    VoetenTable table;
};

Result<ReadFile> readVoteFile(const QString &path, qint64 maxInputBytes)
{
    auto raw = readInputFile(path, maxInputBytes);
    if (!raw)
        return raw.error();
    const QString name = shownFileName(path);
    auto data = gunzipIfCompressed(*raw, name, maxInputBytes);
    if (!data)
        return data.error();
    raw->clear();
    CsvReader reader(*data, name);
    CsvRecord header;
    auto read = reader.next(header);
    if (!read)
        return read.error();
    const auto kind = *read ? voteFileKind(header) : std::nullopt;
    if (!kind)
        return reader.errorAt(1, QStringLiteral("the header is that of no vote file this program "
                                                "reads (the UN Digital Library's, or Voeten's "
                                                "un_votes, un_roll_calls, un_roll_call_issues)"));
    return ReadFile{*kind, VoetenTable{std::move(data).value(), name}};
}

} // namespace

Result<VoteImportSummary> importVoteFiles(Storage::Database &db, const QStringList &paths,
                                          qint64 maxInputBytes)
{
    NullProgress progress;
    const CancelToken cancel;
    return importVoteFiles(db, paths, maxInputBytes, progress, cancel);
}

Result<VoteImportSummary> importVoteFiles(Storage::Database &db, const QStringList &paths,
                                          qint64 maxInputBytes, ProgressSink &progress,
                                          const CancelToken &cancel)
{
    const qint64 steps = paths.size() + 2;
    qint64 step = 0;
    // Before each step: a cancelled run stops there, before anything is stored.
    const auto next = [&](const QString &what) -> Status {
        if (cancel.isCancelled())
            return Error{ErrorCode::Cancelled, QStringLiteral("The import was cancelled."), {}};
        progress.progress(step++, steps, what);
        return success();
    };
    const auto &registry = ReferenceData::EntityRegistry::builtIn();
    StateResolver states(registry);
    VoteImportSummary summary;
    summary.files = paths;
    QList<Storage::RollCall> rollCalls;
    QList<Storage::RollCallIssue> issueNames;
    VoetenTables voeten;
    for (const QString &path : paths) {
        if (auto going = next(QStringLiteral("reading %1").arg(QFileInfo(path).fileName())); !going)
            return going.error();
        auto file = readVoteFile(path, maxInputBytes);
        if (!file)
            return file.error();
        if (file->kind == VoteFileKind::Undl) {
            auto read = readUndlVoteFile(file->table.data, file->table.shownName, states);
            if (!read)
                return read.error();
            rollCalls += *read;
            continue;
        }
        std::optional<VoetenTable> &slot = file->kind == VoteFileKind::VoetenVotes ? voeten.votes
                                           : file->kind == VoteFileKind::VoetenRollCalls
                                               ? voeten.rollCalls
                                               : voeten.issues;
        if (slot)
            return Error{
                ErrorCode::InvalidInput,
                QStringLiteral("%1 and %2 are both %3: give one of each of Voeten's "
                               "tables")
                    .arg(slot->shownName, file->table.shownName, voteFileKindName(file->kind)),
                {}};
        slot = std::move(file->table);
    }
    if (auto going = next(QStringLiteral("resolving the states of the votes")); !going)
        return going.error();
    if (voeten.votes || voeten.rollCalls || voeten.issues) {
        auto read = readVoetenTables(voeten, states);
        if (!read)
            return read.error();
        rollCalls += read->rollCalls;
        issueNames += read->issueNames;
    }
    summary.rollCalls = rollCalls.size();
    for (const auto &rc : rollCalls)
        summary.votes += rc.votes.size();
    if (auto going = next(QStringLiteral("storing %1 roll calls").arg(rollCalls.size())); !going)
        return going.error();
    auto stored = Storage::RollCallRepository(db).store(rollCalls, issueNames, registry.entities());
    if (!stored)
        return stored.error();
    summary.stored = *stored;
    progress.progress(steps, steps, QStringLiteral("stored"));
    return summary;
}

} // namespace Rapporteur::RollCalls
