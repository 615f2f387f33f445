#include "blocsviewsupport.h"

#include "testsupport.h"

#include "gui/blocs/bloctreemodel.h"
#include "gui/blocs/cohesionmodel.h"
#include "gui/blocs/pairvotesmodel.h"
#include "gui/blocs/statepositionmodel.h"
#include "gui/blocs/statesubmissionsmodel.h"
#include "gui/blocs/statesubmissionspane.h"
#include "gui/common/corpussession.h"

#include "storage/database.h"
#include "storage/voterepository.h"
#include "workflow/importer.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

namespace Rapporteur::Test {

namespace {

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

QString importInto(const QString &fileName, const QList<Workflow::ImportRequest> &requests)
{
    const QString file = folder().filePath(fileName);
    auto db = Storage::Database::open(file);
    if (!db) {
        ADD_FAILURE() << db.error().userMessage.toStdString();
        std::abort();
    }
    if (requests.isEmpty())
        return file; // opening made it, with the schema and nothing in it
    NullProgress progress;
    CancelToken cancel;
    const auto imported = Workflow::importFiles(**db, requests, progress, cancel);
    if (!imported) {
        ADD_FAILURE() << imported.error().userMessage.toStdString();
        std::abort();
    }
    return file;
}

bool listed(const QList<Storage::ListedEntity> &list, const QString &code)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Storage::ListedEntity &e) { return e.code == code; });
}

} // namespace

QString BlocsCorpora::emptyPath()
{
    static const QString path = importInto(QStringLiteral("empty.sqlite"), {});
    return path;
}

QString BlocsCorpora::oneVotePath()
{
    static const QString path = [] {
        // The fixture up to its second vote: the report's paragraph and vote (a) with its lists.
        const QString text = readUtf8(fixturePath(QStringLiteral("blocs-two-votes.zh.txt")));
        const QString file = folder().filePath(QStringLiteral("one-vote.zh.txt"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            std::abort();
        out.write(text.left(text.indexOf(QStringLiteral(" (b)"))).toUtf8());
        out.close();
        return importInto(QStringLiteral("one-vote.sqlite"),
                          {{file, QStringLiteral("A/99/1"), {}}});
    }();
    return path;
}

QString BlocsCorpora::twoReportsPath()
{
    static const QString path = importInto(
        QStringLiteral("two-reports.sqlite"),
        {{corpusPath(QStringLiteral("first-committee-79-item-106-report.zh.txt")),
          QStringLiteral("A/79/416"),
          {}},
         {fixturePath(QStringLiteral("blocs-two-votes.zh.txt")), QStringLiteral("A/99/2"), {}}});
    return path;
}

QList<Storage::VoteRecord> BlocsCorpora::votes(const QString &path)
{
    auto db = Storage::Database::open(path);
    if (!db)
        std::abort();
    return *Storage::VoteRepository(**db).votes();
}

VotePosition listedPosition(const Storage::VoteRecord &vote, const QString &code)
{
    if (listed(vote.yes, code))
        return VotePosition::Yes;
    if (listed(vote.no, code))
        return VotePosition::No;
    if (listed(vote.abstain, code))
        return VotePosition::Abstain;
    return VotePosition::NonVoting;
}

double agreementByHand(const QList<Storage::VoteRecord> &votes, const QString &a, const QString &b)
{
    double sum = 0;
    int compared = 0;
    for (const Storage::VoteRecord &vote : votes) {
        const VotePosition pa = listedPosition(vote, a);
        const VotePosition pb = listedPosition(vote, b);
        if (pa == VotePosition::NonVoting || pb == VotePosition::NonVoting)
            continue;
        ++compared;
        if (pa == pb)
            sum += 1;
        else if (pa == VotePosition::Abstain || pb == VotePosition::Abstain)
            sum += 0.5;
    }
    return compared > 0 ? sum / compared : -1;
}

BlocsFixture::BlocsFixture()
    : blocs(view.blocModel(), kFatal), pair(view.pairModel(), kFatal),
      cohesion(view.cohesionModel(), kFatal), dissent(view.dissentModel(), kFatal),
      submitting(view.submittingModel(), kFatal),
      submissions(view.submissionsPane()->model(), kFatal)
{
}

bool BlocsFixture::load(const QString &path)
{
    return analyseAfter([&] {
        session.open(path);
        view.reload();
    });
}

} // namespace Rapporteur::Test
