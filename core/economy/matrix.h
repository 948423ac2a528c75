#pragma once
// A small dense matrix with row and column labels, row-major, doubles. Used for region × sector
// employment, sector × sector flows and every relatedness matrix (DESIGN.md §5). Deliberately
// simple: plain storage, bounds-checked `at`, unchecked `operator()`, label look-up.
#include <QString>
#include <QStringList>

#include <cstddef>
#include <stdexcept>
#include <vector>

namespace regio::economy {

class Matrix {
public:
    Matrix() = default;
    // rows × cols matrix filled with `fill`; labels may be empty (then they are "" for every row/column).
    Matrix(std::size_t rows, std::size_t cols, double fill = 0.0)
        : m_rows(rows), m_cols(cols), m_data(rows * cols, fill), m_rowLabels(), m_colLabels()
    {
        for (std::size_t r = 0; r < rows; ++r) m_rowLabels.append(QString());
        for (std::size_t c = 0; c < cols; ++c) m_colLabels.append(QString());
    }
    // Matrix with the given labels (its size follows from them), filled with `fill`.
    Matrix(QStringList rowLabels, QStringList colLabels, double fill = 0.0)
        : m_rows(static_cast<std::size_t>(rowLabels.size())),
          m_cols(static_cast<std::size_t>(colLabels.size())),
          m_data(m_rows * m_cols, fill),
          m_rowLabels(std::move(rowLabels)),
          m_colLabels(std::move(colLabels))
    {
    }

    std::size_t rows() const { return m_rows; }
    std::size_t cols() const { return m_cols; }
    bool empty() const { return m_rows == 0 || m_cols == 0; }

    double& operator()(std::size_t r, std::size_t c) { return m_data[r * m_cols + c]; }
    double operator()(std::size_t r, std::size_t c) const { return m_data[r * m_cols + c]; }
    double& at(std::size_t r, std::size_t c)
    {
        check(r, c);
        return m_data[r * m_cols + c];
    }
    double at(std::size_t r, std::size_t c) const
    {
        check(r, c);
        return m_data[r * m_cols + c];
    }

    // Row-major storage: element (r, c) is data()[r * cols() + c].
    const std::vector<double>& data() const { return m_data; }
    std::vector<double>& data() { return m_data; }

    const QStringList& rowLabels() const { return m_rowLabels; }
    const QStringList& colLabels() const { return m_colLabels; }
    void setRowLabels(QStringList labels)
    {
        if (static_cast<std::size_t>(labels.size()) != m_rows)
            throw std::invalid_argument("Matrix::setRowLabels: wrong number of labels");
        m_rowLabels = std::move(labels);
    }
    void setColLabels(QStringList labels)
    {
        if (static_cast<std::size_t>(labels.size()) != m_cols)
            throw std::invalid_argument("Matrix::setColLabels: wrong number of labels");
        m_colLabels = std::move(labels);
    }
    // Index of a label, or -1 when absent.
    qsizetype rowIndex(const QString& label) const { return m_rowLabels.indexOf(label); }
    qsizetype colIndex(const QString& label) const { return m_colLabels.indexOf(label); }

    double rowSum(std::size_t r) const
    {
        double s = 0.0;
        for (std::size_t c = 0; c < m_cols; ++c) s += (*this)(r, c);
        return s;
    }
    double colSum(std::size_t c) const
    {
        double s = 0.0;
        for (std::size_t r = 0; r < m_rows; ++r) s += (*this)(r, c);
        return s;
    }
    double total() const
    {
        double s = 0.0;
        for (double v : m_data) s += v;
        return s;
    }

    Matrix transposed() const
    {
        Matrix t(m_colLabels, m_rowLabels);
        for (std::size_t r = 0; r < m_rows; ++r)
            for (std::size_t c = 0; c < m_cols; ++c) t(c, r) = (*this)(r, c);
        return t;
    }

    bool operator==(const Matrix&) const = default;

private:
    void check(std::size_t r, std::size_t c) const
    {
        if (r >= m_rows || c >= m_cols) throw std::out_of_range("Matrix: index out of range");
    }

    std::size_t m_rows = 0;
    std::size_t m_cols = 0;
    std::vector<double> m_data;
    QStringList m_rowLabels;
    QStringList m_colLabels;
};

} // namespace regio::economy
