#pragma once
#include <QDir>
#include <QWidget>

namespace okpay::test {

// Saves a PNG of the widget to $OKPAY_SCREENSHOT_DIR/<name>.png when that variable is set, so every UI test doubles
// as a way to look at the screen it drives (in English and Chinese).
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("OKPAY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace okpay::test
