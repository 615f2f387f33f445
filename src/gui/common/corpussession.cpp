#include "corpussession.h"

namespace Rapporteur::Gui {

CorpusSession::CorpusSession(QObject *parent) : QObject(parent) {}

void CorpusSession::open(const QString &path, QList<Storage::DocumentRecord> documents,
                         QList<Storage::SubmissionRecord> submissions)
{
    m_documents = std::move(documents);
    m_submissions = std::move(submissions);
    if (path == m_path) {
        notify(Change::Documents);
        return;
    }
    m_path = path;
    m_votes.clear();
    notify(Change::Database);
}

void CorpusSession::setVotes(QList<Storage::VoteRecord> votes)
{
    m_votes = std::move(votes);
    notify(Change::Votes);
}

void CorpusSession::notify(Changes what)
{
    emit changed(what);
}

QStringList CorpusSession::documentSymbols() const
{
    QStringList symbols;
    for (const Storage::DocumentRecord &document : m_documents)
        symbols.append(document.symbol);
    symbols.removeDuplicates(); // one symbol for a document's language versions
    return symbols;
}

} // namespace Rapporteur::Gui
