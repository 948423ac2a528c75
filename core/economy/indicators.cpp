#include "economy/indicators.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace regio::economy {

namespace {

void requireSquare(const Matrix& m, const char* what)
{
    if (m.rows() != m.cols())
        throw std::invalid_argument(std::string(what) + ": matrix must be square");
}

} // namespace

Matrix locationQuotient(const Matrix& e)
{
    // LQ / RCA (Balassa 1965; DESIGN.md §5): LQ[r,i] = (E[r,i]/E[r,·]) / (E[·,i]/E[·,·]).
    // Undefined when a region or a sector has no employment at all: then 0 (not specialised).
    // An unknown cell (NaN, suppressed) is left out of every total and its own LQ stays unknown.
    Matrix lq(e.rowLabels(), e.colLabels());
    std::vector<double> colTotals(e.cols(), 0.0);
    std::vector<double> rowTotals(e.rows(), 0.0);
    double total = 0.0;
    for (std::size_t r = 0; r < e.rows(); ++r)
        for (std::size_t i = 0; i < e.cols(); ++i)
            if (!std::isnan(e(r, i))) {
                colTotals[i] += e(r, i);
                rowTotals[r] += e(r, i);
                total += e(r, i);
            }
    for (std::size_t r = 0; r < e.rows(); ++r) {
        const double rowTotal = rowTotals[r];
        for (std::size_t i = 0; i < e.cols(); ++i) {
            if (std::isnan(e(r, i))) {
                lq(r, i) = e(r, i);
                continue;
            }
            if (rowTotal <= 0.0 || colTotals[i] <= 0.0 || total <= 0.0)
                continue;
            lq(r, i) = (e(r, i) / rowTotal) / (colTotals[i] / total);
        }
    }
    return lq;
}

Matrix binarySpecialisation(const Matrix& lq)
{
    // M[r,i] = 1 if LQ[r,i] > 1 (strictly), DESIGN.md §5; an unknown LQ (NaN) is not a known
    // specialisation, so 0.
    Matrix m(lq.rowLabels(), lq.colLabels());
    for (std::size_t k = 0; k < lq.data().size(); ++k)
        m.data()[k] = lq.data()[k] > 1.0 ? 1.0 : 0.0;
    return m;
}

Matrix coOccurrence(const Matrix& mm)
{
    // C = Mᵀ·M with regions as events (Hidalgo et al. 2007; EconGeo co.occurrence).
    const std::size_t n = mm.cols();
    Matrix c(mm.colLabels(), mm.colLabels());
    for (std::size_t r = 0; r < mm.rows(); ++r)
        for (std::size_t i = 0; i < n; ++i) {
            const double mi = mm(r, i);
            if (mi == 0.0)
                continue;
            for (std::size_t j = 0; j < n; ++j)
                c(i, j) += mi * mm(r, j);
        }
    return c;
}

Matrix proximity(const Matrix& c)
{
    // Hidalgo, Klinger, Barabási & Hausmann (2007), "The product space conditions the development
    // of nations": φ[i,j] = C[i,j] / max(C[i,i], C[j,j]). Diagonal set to 0 (no self-relatedness),
    // 0 where both ubiquities are 0.
    requireSquare(c, "proximity");
    Matrix phi(c.rowLabels(), c.colLabels());
    for (std::size_t i = 0; i < c.rows(); ++i)
        for (std::size_t j = 0; j < c.cols(); ++j) {
            if (i == j)
                continue;
            const double d = std::max(c(i, i), c(j, j));
            phi(i, j) = d > 0.0 ? c(i, j) / d : 0.0;
        }
    return phi;
}

Matrix coOccurrenceRelatedness(const Matrix& mat, CoOccurrenceMethod method)
{
    // Replicates EconGeo::relatedness(mat, method) (P.-A. Balland, R package EconGeo,
    // R/relatedness.r; van Eck & Waltman 2009; Steijn 2017 for "prob"):
    //   cij <- mat; diag(cij) <- 0
    //   s_k = colSums(cij)[k];  in R si[i,j] = s_j (byrow = TRUE), sj[i,j] = s_i (byrow = FALSE)
    //   t = sum(cij)
    //   prob:        cij / (((si/t)·(sj/(t−si)) + (sj/t)·(si/(t−sj))) · (t/2))
    //   association: (cij/t) / ((si/t)·(sj/t))
    //   cosine:      cij / sqrt(si·sj)
    //   jaccard:     cij / (si + sj − cij)
    //   then x[is.na(x)] <- 0 (NaN, i.e. 0/0, becomes 0) and diag(x) <- 0.
    // As in R, only NaN is replaced; ±Inf (c/0 with c > 0) cannot arise for a symmetric
    // non-negative co-occurrence matrix, and is passed through unchanged as EconGeo does.
    requireSquare(mat, "coOccurrenceRelatedness");
    const std::size_t n = mat.rows();
    Matrix cij = mat;
    for (std::size_t k = 0; k < n; ++k)
        cij(k, k) = 0.0;
    std::vector<double> s(n);
    for (std::size_t k = 0; k < n; ++k)
        s[k] = cij.colSum(k);
    const double t = cij.total();

    Matrix out(mat.rowLabels(), mat.colLabels());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const double c = cij(i, j);
            const double si = s[j]; // R: si[i,j] = colSums[j]
            const double sj = s[i]; // R: sj[i,j] = colSums[i]
            double v = 0.0;
            switch (method) {
            case CoOccurrenceMethod::Probability:
                v = c / (((si / t) * (sj / (t - si)) + (sj / t) * (si / (t - sj))) * (t / 2.0));
                break;
            case CoOccurrenceMethod::Association:
                v = (c / t) / ((si / t) * (sj / t));
                break;
            case CoOccurrenceMethod::Cosine:
                v = c / std::sqrt(si * sj);
                break;
            case CoOccurrenceMethod::Jaccard:
                v = c / (si + sj - c);
                break;
            }
            if (std::isnan(v))
                v = 0.0;
            out(i, j) = i == j ? 0.0 : v;
        }
    return out;
}

Matrix skillRelatednessDirected(const Matrix& f)
{
    // Neffke & Henning (2013), "Skill relatedness and firm diversification", SMJ 34(3):
    //   SR[i,j] = F[i,j] / (F[i,·]·F[·,j] / F[·,·]), sums over i ≠ j only (diagonal ignored);
    //   SR~ = (SR − 1) / (SR + 1) ∈ [−1, 1).
    // Where the expected flow F[i,·]·F[·,j]/F[·,·] is 0 (origin without outflows or destination
    // without inflows) the ratio is undefined; we then set SR~ = 0 (no evidence either way).
    requireSquare(f, "skillRelatedness");
    const std::size_t n = f.rows();
    std::vector<double> out(n, 0.0), in(n, 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            out[i] += f(i, j);
            in[j] += f(i, j);
            total += f(i, j);
        }
    Matrix sr(f.rowLabels(), f.colLabels());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const double expected = total > 0.0 ? out[i] * in[j] / total : 0.0;
            if (expected <= 0.0)
                continue;
            const double ratio = f(i, j) / expected;
            sr(i, j) = (ratio - 1.0) / (ratio + 1.0);
        }
    return sr;
}

Matrix skillRelatedness(const Matrix& f)
{
    // Symmetrised as the mean of both directions, (SR~[i,j] + SR~[j,i]) / 2 (DESIGN.md §5).
    // When one direction is undefined (see skillRelatednessDirected) the defined direction is used
    // on its own; when both are undefined the value is 0. Diagonal 0.
    const Matrix d = skillRelatednessDirected(f);
    const std::size_t n = f.rows();
    std::vector<double> out(n, 0.0), in(n, 0.0);
    double total = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j) {
                out[i] += f(i, j);
                in[j] += f(i, j);
                total += f(i, j);
            }
    auto defined = [&](std::size_t i, std::size_t j) { return total > 0.0 && out[i] > 0.0 && in[j] > 0.0; };
    Matrix sym(f.rowLabels(), f.colLabels());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const bool a = defined(i, j);
            const bool b = defined(j, i);
            double v = 0.0;
            if (a && b)
                v = (d(i, j) + d(j, i)) / 2.0;
            else if (a)
                v = d(i, j);
            else if (b)
                v = d(j, i);
            sym(i, j) = v;
            sym(j, i) = v;
        }
    return sym;
}

Matrix relatednessDensity(const Matrix& m, const Matrix& w)
{
    // Hidalgo et al. (2007) density; Boschma, Balland & Kogler (2015):
    //   RD[r,i] = 100 · Σ_{j≠i} M[r,j]·w[i,j] / Σ_{j≠i} w[i,j], w clamped to max(w, 0);
    //   0 when Σ_{j≠i} w[i,j] = 0.
    requireSquare(w, "relatednessDensity");
    if (w.rows() != m.cols())
        throw std::invalid_argument("relatednessDensity: relatedness does not match the sectors");
    const std::size_t n = m.cols();
    std::vector<double> denom(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != j)
                denom[i] += std::max(w(i, j), 0.0);
    Matrix rd(m.rowLabels(), m.colLabels());
    for (std::size_t r = 0; r < m.rows(); ++r)
        for (std::size_t i = 0; i < n; ++i) {
            if (denom[i] <= 0.0)
                continue;
            double num = 0.0;
            for (std::size_t j = 0; j < n; ++j)
                if (i != j)
                    num += m(r, j) * std::max(w(i, j), 0.0);
            rd(r, i) = 100.0 * num / denom[i];
        }
    return rd;
}

Matrix embeddedness(const Matrix& m, const Matrix& sr)
{
    // van Oort et al. (2016), as in SER (2017) fig. B.7: the relatedness density
    // of sector i in region r with w = max(SR~, 0) (skill-relatedness from labour flows).
    return relatednessDensity(m, sr);
}

QString quadrantName(Quadrant q)
{
    switch (q) {
    case Quadrant::Strength:
        return QCoreApplication::translate("regio::economy", "Sterkte");
    case Quadrant::Weakness:
        return QCoreApplication::translate("regio::economy", "Zwakte");
    case Quadrant::Opportunity:
        return QCoreApplication::translate("regio::economy", "Kans");
    case Quadrant::Threat:
        return QCoreApplication::translate("regio::economy", "Bedreiging");
    }
    return QString();
}

double median(std::vector<double> v)
{
    // Even count: mean of the two middle values; odd count: the middle value; empty: 0.
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

SwotResult swot(const Matrix& lq, const Matrix& emb, std::size_t row, std::optional<double> threshold)
{
    // van Oort et al. (2016) / SER (2017) fig. B.7: Strength = specialised (LQ > 1) and well
    // embedded; Threat = specialised, poorly embedded; Opportunity = not specialised, well
    // embedded; Weakness = neither. "Well embedded" = embeddedness strictly above the threshold;
    // the default threshold is the median over the region's sectors (mean of the middle two for an
    // even count), so sectors exactly at the median count as poorly embedded.
    if (lq.rows() != emb.rows() || lq.cols() != emb.cols())
        throw std::invalid_argument("swot: LQ and embeddedness differ in shape");
    if (row >= lq.rows())
        throw std::out_of_range("swot: region index out of range");
    SwotResult result;
    result.region = lq.rowLabels().value(qsizetype(row));
    std::vector<double> values(emb.cols());
    for (std::size_t i = 0; i < emb.cols(); ++i)
        values[i] = emb(row, i);
    result.threshold = threshold ? *threshold : median(values);
    for (std::size_t i = 0; i < lq.cols(); ++i) {
        SwotEntry e;
        e.sector = lq.colLabels().value(qsizetype(i));
        e.lq = lq(row, i);
        e.embeddedness = emb(row, i);
        e.specialised = e.lq > 1.0;
        e.wellEmbedded = e.embeddedness > result.threshold;
        e.quadrant = e.specialised ? (e.wellEmbedded ? Quadrant::Strength : Quadrant::Threat)
                                   : (e.wellEmbedded ? Quadrant::Opportunity : Quadrant::Weakness);
        result.entries.push_back(e);
    }
    return result;
}

Matrix alignSquare(const Matrix& m, const QStringList& labels)
{
    Matrix out(labels, labels);
    std::vector<qsizetype> index(std::size_t(labels.size()));
    for (qsizetype k = 0; k < labels.size(); ++k)
        index[std::size_t(k)] = m.rowIndex(labels.at(k));
    std::vector<qsizetype> cindex(std::size_t(labels.size()));
    for (qsizetype k = 0; k < labels.size(); ++k)
        cindex[std::size_t(k)] = m.colIndex(labels.at(k));
    for (std::size_t a = 0; a < index.size(); ++a)
        for (std::size_t b = 0; b < index.size(); ++b)
            if (index[a] >= 0 && cindex[b] >= 0)
                out(a, b) = m(std::size_t(index[a]), std::size_t(cindex[b]));
    return out;
}

} // namespace regio::economy
