#pragma once
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace okpay {

// A page of the signed-out flows: a large title and a column of at most 440 px centred in the window, so forms stay
// readable on wide screens. Callers add their widgets to body().
class FormColumn : public QWidget
{
    Q_OBJECT

public:
    FormColumn(const QString &objectName, const QString &title, QWidget *parent = nullptr);
    QVBoxLayout *body() const { return m_body; }
    QLabel *title() const { return m_title; }

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
};

} // namespace okpay
