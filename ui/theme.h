#pragma once
#include <QString>

class QApplication;

namespace okpay {

// Light, dark or the system's look: the Fusion style with a light or dark palette, or the platform style untouched.
class Theme
{
public:
    static void apply(QApplication &app, const QString &theme);  // "system", "light" or "dark"
};

} // namespace okpay
