#pragma once
#include <QLocale>

class QCoreApplication;

namespace okpay {

// Installs the app's, Qt's own (qtbase) and QtKeychain's translators for a locale, replacing earlier ones.
class Translations
{
public:
    static QLocale install(QCoreApplication &app, const QString &language);  // "" = the system locale
};

} // namespace okpay
