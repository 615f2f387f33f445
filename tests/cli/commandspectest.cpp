// The command specifications from which the CLI's usage text, its parsers and the check that
// options go together all come (src/cli/commandspec.h).
#include "cli/commandspec.h"

#include <gtest/gtest.h>

namespace Rapporteur::Cli {
namespace {

const QCommandLineOption kJson{QStringLiteral("json"), QStringLiteral("Print JSON.")};
const QCommandLineOption kCsv{QStringLiteral("csv"), QStringLiteral("Print CSV.")};
const QCommandLineOption kDocument{QStringLiteral("document"), QStringLiteral("A document."),
                                   QStringLiteral("SYM")};
const QCommandLineOption kLang{QStringLiteral("lang"), QStringLiteral("A language."),
                               QStringLiteral("CODE")};
const QCommandLineOption kSession{QStringLiteral("session"), QStringLiteral("A session."),
                                  QStringLiteral("N")};

int noRun(CommandContext &, const QCommandLineParser &)
{
    return 0;
}

// votes [--document SYM [--lang CODE]] [--json] | votes --session N [--json|--csv]
CommandSpec votesLike()
{
    return CommandSpec{
        QStringLiteral("votes"),
        {Syntax::sequence({Syntax::optional({Syntax::option(kDocument), Syntax::maybe(kLang)}),
                           Syntax::maybe(kJson)}),
         Syntax::sequence(
             {Syntax::option(kSession),
              Syntax::optional({Syntax::either({Syntax::option(kJson), Syntax::option(kCsv)})})})},
        QStringLiteral("recorded votes"),
        noRun};
}

TEST(CommandSpec, SynopsisNestsOptionalPartsAndJoinsFormsAndChoices)
{
    EXPECT_EQ(synopsis(votesLike()), QStringLiteral("votes [--document SYM [--lang CODE]] [--json] "
                                                    "| votes --session N [--json|--csv]"));
}

TEST(CommandSpec, ASequenceInAChoiceIsBracketed)
{
    const CommandSpec memo{
        QStringLiteral("memo"),
        {Syntax::either({Syntax::sequence({Syntax::word(QStringLiteral("set")),
                                           Syntax::argument(QStringLiteral("TEXT"))}),
                         Syntax::word(QStringLiteral("show"))})},
        {},
        noRun};
    EXPECT_EQ(synopsis(memo), QStringLiteral("memo (set TEXT)|show"));
}

TEST(CommandSpec, EachOptionIsTakenOnceInTheOrderItFirstAppears)
{
    QStringList names;
    for (const QCommandLineOption &option : optionsOf(votesLike()))
        names.append(option.names().constFirst());
    EXPECT_EQ(names, (QStringList{QStringLiteral("document"), QStringLiteral("lang"),
                                  QStringLiteral("json"), QStringLiteral("session"),
                                  QStringLiteral("csv")}));
}

TEST(CommandSpec, OptionsOfOneFormGoTogether)
{
    const CommandSpec votes = votesLike();
    EXPECT_FALSE(mismatch(votes, {}, false));
    EXPECT_FALSE(mismatch(votes, {QStringLiteral("document"), QStringLiteral("json")}, false));
    EXPECT_FALSE(mismatch(votes, {QStringLiteral("session"), QStringLiteral("csv")}, false));
    // --json stands in both forms.
    EXPECT_FALSE(mismatch(votes, {QStringLiteral("session"), QStringLiteral("json")}, false));
}

TEST(CommandSpec, OptionsOfTwoFormsDoNotGoTogether)
{
    const auto problem =
        mismatch(votesLike(), {QStringLiteral("document"), QStringLiteral("session")}, false);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, QStringLiteral("--document and --session do not go together"));
}

TEST(CommandSpec, TwoAlternativesOfOneChoiceDoNotGoTogether)
{
    const auto problem =
        mismatch(votesLike(),
                 {QStringLiteral("session"), QStringLiteral("json"), QStringLiteral("csv")}, false);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, QStringLiteral("--session, --json and --csv do not go together"));
}

TEST(CommandSpec, ArgumentsToACommandThatTakesNoneAreRefused)
{
    const auto problem = mismatch(votesLike(), {QStringLiteral("json")}, true);
    ASSERT_TRUE(problem);
    EXPECT_EQ(*problem, QStringLiteral("votes takes no arguments with these options"));

    const CommandSpec rename{QStringLiteral("rename"),
                             {Syntax::sequence({Syntax::argument(QStringLiteral("SYM")),
                                                Syntax::argument(QStringLiteral("NEW_SYM"))})},
                             {},
                             noRun};
    EXPECT_FALSE(mismatch(rename, {}, true));
}

} // namespace
} // namespace Rapporteur::Cli
