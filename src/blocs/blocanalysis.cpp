#include "blocanalysis.h"

#include "storage/voterepository.h"

namespace Rapporteur::Blocs {

BlocAnalysis analyseBlocs(const QList<Storage::VoteRecord> &votes, const AgreementOptions &options,
                          const ReferenceData::EntityRegistry &registry)
{
    return analyseBlocs(buildVoteMatrix(votes, registry), options);
}

BlocAnalysis analyseBlocs(VoteMatrix matrix, const AgreementOptions &options)
{
    BlocAnalysis analysis;
    analysis.votes = std::move(matrix);
    analysis.agreement = agreementMatrix(analysis.votes, options);
    analysis.dendrogram = averageLinkage(analysis.agreement);
    return analysis;
}

Result<QList<Storage::VoteRecord>> readSelectedVotes(Storage::Database &db,
                                                     const QStringList &selectors)
{
    auto all = Storage::VoteRepository(db).votes();
    if (!all)
        return all.error();
    return selectVotes(*all, selectors);
}

Result<BlocAnalysis> readBlocAnalysis(Storage::Database &db, const QStringList &selectors,
                                      const AgreementOptions &options)
{
    auto votes = readSelectedVotes(db, selectors);
    if (!votes)
        return votes.error();
    return analyseBlocs(*votes, options);
}

} // namespace Rapporteur::Blocs
