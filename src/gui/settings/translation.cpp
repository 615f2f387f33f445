#include "translation.h"

#include "gui/common/guilogging.h"

#include "text/languagenames.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Rapporteur::Gui {

namespace {

// The ones installTranslation put in place, so that a second call replaces them rather than
// stacking another language on top. Owned by the application object (hence QPointer: they go
// with it).
QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qts;
QString g_current = QStringLiteral("en");

void removeInstalled()
{
    for (QPointer<QTranslator> *translator : {&g_ours, &g_qts}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

// Loads and installs one translation; nullptr when the file is not there.
QTranslator *install(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, directory)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QString resolvedLanguage(const QString &setting, const QLocale &system)
{
    if (setting == QLatin1String("zh") || setting == QLatin1String("en"))
        return setting;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

bool installTranslation(const QString &setting)
{
    removeInstalled();
    const QString language = resolvedLanguage(setting);
    g_current = QStringLiteral("en");
    // Compiled in by qt_add_lrelease (src/gui/CMakeLists.txt). English is the source language:
    // its file holds only the plural forms of "%n" strings.
    const QString file = language == QLatin1String("zh") ? QStringLiteral("rapporteur_zh_CN")
                                                         : QStringLiteral("rapporteur_en");
    g_ours = install(file, QStringLiteral(":/i18n"));
    if (!g_ours) {
        qCWarning(lcGui) << "the translation" << file << "is missing from the program";
        return false;
    }
    if (language == QLatin1String("zh")) {
        // Qt's own (buttons of standard dialogs, context menus) comes with the qttranslations
        // package; without it those few texts stay English.
        g_qts = install(QStringLiteral("qtbase_zh_CN"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    g_current = language;
    return true;
}

QString currentLanguage()
{
    return g_current;
}

QString languageNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(Text::languageName(code, g_current));
    return names.join(g_current == QLatin1String("zh") ? QStringLiteral("、")
                                                       : QStringLiteral(", "));
}

QString languageLabel(const QString &code)
{
    return QStringLiteral("%1 (%2)").arg(Text::languageName(code, g_current), code);
}

} // namespace Rapporteur::Gui
