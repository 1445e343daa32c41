#pragma once
#include <QLabel>

namespace okpay {

// The red line under a form field that says what is wrong with it; takes no space while empty.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(const QString &objectName, QWidget *parent = nullptr);
    void setError(const QString &message);
};

} // namespace okpay
