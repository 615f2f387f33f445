#include "groupcommands.h"

#include "blocsjson.h"
#include "commandcontext.h"
#include "commandspec.h"
#include "commonoptions.h"

#include "blocs/groupcatalog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Rapporteur::Cli {

namespace {

const QCommandLineOption &kJson = Options::json();
const QCommandLineOption kNameZh{QStringLiteral("name-zh"),
                                 QStringLiteral("With add: the group's Chinese name."),
                                 QStringLiteral("NAME")};

void printGroup(const Blocs::Group &g)
{
    const QString names = g.nameZh.isEmpty() || g.nameZh == g.nameEn
                              ? g.nameEn
                              : QStringLiteral("%1 %2").arg(g.nameEn, g.nameZh);
    CommandContext::print(QStringLiteral("%1 (%2, %3 members): %4")
                              .arg(g.shortName, Blocs::groupKindName(g.kind))
                              .arg(g.members.size())
                              .arg(names));
    CommandContext::print(QStringLiteral("  ") + g.members.join(u' '));
}

int addGroup(Storage::Database &db, const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() < 3)
        return CommandContext::usage(QStringLiteral("groups add NAME CODE... [--name-zh NAME]"));
    auto added = Blocs::addUserGroup(db, positional[1], parser.value(kNameZh), positional.mid(2));
    if (!added)
        return CommandContext::fail(added.error());
    if (parser.isSet(kJson))
        CommandContext::printJson(QJsonDocument(groupJson(*added)));
    else
        printGroup(*added);
    return ExitOk;
}

int removeGroup(Storage::Database &db, const QStringList &positional)
{
    if (positional.size() != 2)
        return CommandContext::usage(QStringLiteral("groups remove NAME"));
    if (auto removed = Blocs::removeUserGroup(db, positional[1]); !removed)
        return CommandContext::fail(removed.error());
    CommandContext::print(QStringLiteral("removed the group %1").arg(positional[1]));
    return ExitOk;
}

int runGroups(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!positional.isEmpty() && action != QLatin1String("add") &&
        action != QLatin1String("remove"))
        return CommandContext::usage(QStringLiteral("groups takes add, remove or nothing"));
    if (parser.isSet(kNameZh) && action != QLatin1String("add"))
        return CommandContext::usage(QStringLiteral("--name-zh goes with groups add"));
    Storage::Database *db = context.database();
    if (!db)
        return ExitBadInput;
    if (action == QLatin1String("add"))
        return addGroup(*db, parser, positional);
    if (action == QLatin1String("remove"))
        return removeGroup(*db, positional);

    auto groups = Blocs::readGroups(*db);
    if (!groups)
        return CommandContext::fail(groups.error());
    if (parser.isSet(kJson))
        return CommandContext::printJsonArray(groups->groups(), groupJson);
    for (const Blocs::Group &g : groups->groups())
        printGroup(g);
    return ExitOk;
}

} // namespace

const CommandSpec &groupsCommand()
{
    const auto name = Syntax::argument(QStringLiteral("NAME"));
    static const CommandSpec command{
        QStringLiteral("groups"),
        {Syntax::maybe(kJson),
         Syntax::sequence({Syntax::word(QStringLiteral("add")), name,
                           Syntax::argument(QStringLiteral("CODE...")), Syntax::maybe(kNameZh),
                           Syntax::maybe(kJson)}),
         Syntax::sequence({Syntax::word(QStringLiteral("remove")), name})},
        QStringLiteral("the built-in groups of states and the user's own"),
        runGroups};
    return command;
}

} // namespace Rapporteur::Cli
