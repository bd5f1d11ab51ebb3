package org.industrykg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.industrykg.nlp.Sentence;

/**
 * An organisation that builds, moves or expands a line of a product is in that product's industry ({@code rule:product-line},
 * IN_INDUSTRY): X建设谐波减速器、关节模组生产线, X在园区设立运动控制模组封测线, X将减速器产线搬迁至…, 支持其传感器产线扩产. The
 * products are the industries listed right before the line's word; the organisation is the last firm or institute the
 * sentence names before them (其 standing for one counts), with no clause break between, and not one of several paired
 * with their lines by 分别.
 */
final class ProductLinePass implements RelationPass {

    /** The word of a line, right after its products: 生产线, 产线, 中试线 (整机, 模组 or the like may stand between). */
    private static final Pattern LINE = Pattern.compile("^(?:整机|一体化|模组|模块|组件|部件|本体)?(?:生产线|产线|封测线|中试线|总装线|装配线|测试线|制造线|智能产线|研发生产线|生产基地|制造基地)");
    /** Between two products of one list. */
    private static final Pattern LIST_GAP = Pattern.compile("^(?:、|和|及|与|以及)?[\\p{IsHan}]{0,3}$"); // 谐波减速器、一体化关节模组
    /** Between the organisation and its products: no clause or sentence break. */
    private static final Pattern BREAK = Pattern.compile("[。；;！？]");
    private static final Set<EntityLabel> MAKERS = EnumSet.of(EntityLabel.Enterprise, EntityLabel.ResearchInstitute);
    private static final double CONFIDENCE = 0.6;

    @Override
    public String name() {
        return "rule:product-line";
    }

    @Override
    public void find(RelationContext doc, List<ExtractedRelation> out) {
        for (Sentence sentence : doc.sentences) {
            List<Mention> here = doc.in(sentence);
            String text = sentence.text();
            for (int i = 0; i < here.size(); i++) {
                if (here.get(i).label() != EntityLabel.Industry) {
                    continue;
                }
                List<Mention> products = new ArrayList<>(List.of(here.get(i)));
                int j = i + 1;
                while (j < here.size() && here.get(j).label() == EntityLabel.Industry
                        && LIST_GAP.matcher(text.substring(products.get(products.size() - 1).end() - sentence.begin(),
                        here.get(j).begin() - sentence.begin())).matches()) {
                    products.add(here.get(j));
                    j++;
                }
                Mention last = products.get(products.size() - 1);
                if (LINE.matcher(text.substring(last.end() - sentence.begin())).lookingAt()) {
                    Mention maker = makerBefore(text, sentence, here, i);
                    for (Mention product : maker == null ? List.<Mention>of() : products) {
                        doc.link(out, RelationType.IN_INDUSTRY, maker, product, name(), CONFIDENCE, sentence, Map.of());
                    }
                }
                i = j - 1;
            }
        }
    }

    /** The last firm or institute before the products at {@code first}, with no break or 分别 between; else null. */
    private static Mention makerBefore(String text, Sentence sentence, List<Mention> here, int first) {
        int productsAt = here.get(first).begin() - sentence.begin();
        for (int k = first - 1; k >= 0; k--) {
            Mention m = here.get(k);
            if (m.label() == EntityLabel.Industry || m.label() == EntityLabel.City || m.label() == EntityLabel.Park) {
                continue;
            }
            String between = text.substring(m.end() - sentence.begin(), productsAt);
            if (!MAKERS.contains(m.label()) || BREAK.matcher(between).find() || between.contains(TriggerPass.RESPECTIVELY)) {
                return null;
            }
            return m;
        }
        return null;
    }
}
