# Verb classes for relations stated by a verb between the subject and the object of one clause
# (read by extract/VerbLexicon.java, used by extract/VerbClausePass.java).
#
# Format: one class per line, `CLASS: WORD WORD ...`; a class may take several lines. A word may
# stand in several classes. The class names are fixed, each stands for one way of reading the
# clause (S = the subject list before the verb, O = the object list after it, P = a place in
# 在P/于P before the verb); the edges carry `method` verb:CLASS.
#
#   cooperate  S and O are partners; coordinated subjects (A与B合作) are partners;
#              a supplier and its customer (A向B批量供货) too                          PARTNERS_WITH
#   cofound    as cooperate, and every subject FOUNDED each object; P HOSTS the object   PARTNERS_WITH FOUNDED HOSTS
#   found      every subject FOUNDED each object (a place subject HOSTS it); P HOSTS it,
#              and the subject too when it sets up a plant or platform there             FOUNDED HOSTS
#   origin     S comes from O (孵化自, 脱胎于): O FOUNDED S                              FOUNDED
#   founders   O, the bodies a text names as what an institute, platform or park rests on
#              (依托单位为A，共建单位为B和C), FOUNDED the nearest one named before them        FOUNDED
#   fund       S FUNDS O, with amountCny when the clause gives an amount; with no O, the
#              fund of the text (not another partner that put money in before); as a noun
#              after 的: A完成对B的投资, B获得A的投资                                      FUNDS
#   investors  O, the partners a fund's text lists (有限合伙人包括A和B), FUNDS the fund of
#              the sentence or of the two before; the investors of a round (完成A轮融资，投资方为X)
#              FUND who raised it                                                        FUNDS
#   portfolio  O, the firms a fund's text lists as its investments (投资组合包括A和B), are
#              FUNDED by the fund of the sentence or of the two before                   FUNDS
#   managers   O, the manager a fund's text names (基金管理人为X, 执行事务合伙人暨基金管理人是X), MANAGES
#              the fund of the sentence or of the two before                             MANAGES
#   locate     O (or P), a city or park, HOSTS the subject; 位于P的X: P HOSTS X; a subject
#              that settles (入驻, 落户, 落地) with no place: the park of the text HOSTS it   HOSTS
#   gather     S, a city or park, HOSTS every object; a park S that gathers firms of a
#              field (入驻机器人企业) is IN_INDUSTRY that field (also for locate verbs)    HOSTS IN_INDUSTRY
#   manage     S, an enterprise, MANAGES O, a fund (or the fund before 由S担任管理人);       MANAGES
#              S that runs a park, platform or institute for its owner partners it      PARTNERS_WITH
#   issue      S, a government body, ISSUES O, a policy; an agreement two bodies sign
#              (A与B签署《P》) only when every signatory is a government body                ISSUES
#   support    S (body, policy, platform) SUPPORTS every organisation of O               SUPPORTS
#   focus      S's industries: every industry after the verb in the clause; TARGETS for a
#              fund or policy, IN_INDUSTRY for an enterprise, institute or park          TARGETS IN_INDUSTRY
# Longest word wins at a position; words inside an entity's name are not verbs. With 分别 before
# the verb and lists of one length (A、B分别落户P、Q), the i-th subject goes with the i-th object,
# field or partner only.

# cooperation written with what kind of cooperation it is (与A开展技术合作, 与B保持联合研发关系)
cooperate: 建立长期合作关系 建立长期稳定合作关系 建立稳定合作关系 建立紧密合作关系 建立深度合作关系 建立了合作关系 建立了长期合作关系 开展技术合作 开展深度合作 开展产学研合作 开展科研合作 开展研发合作 开展全面合作 开展项目合作 开展技术攻关 建立合作关系 建立战略合作关系 保持合作关系 保持联合研发关系 保持长期合作 开展联合攻关
# commissioning, joint applications, joint training and twinning (A委托B开展…, A与B联合申报…, A与B结对); an institute two
# bodies run together (由A与B共同举办) is theirs: cofound
cooperate: 委托 委托了 联合申报 共同申报 联合主办 共同主办 联合培养 合作培养 结对 结对协作 结为对子 许可给 独家许可给 授权给 独家授权给 转让给 许可使用 授权予 许可予 转让予 独家授权予
# a supply tie two firms formed (A与B形成配套供货关系)
cooperate: 形成配套供货关系 形成供货关系 形成配套关系 形成供应关系 建立供货关系 建立配套关系 建立供应关系 保持供货关系 建立配套供货关系
cooperate: 联合开发 联合训练 联合研制 合作研制 会同 联同 结为 结成 缔结 合作 牵手 签约 签署 签订 签了 携手 对接 战略合作 深化合作 开展合作 达成合作 合作开展 联合开展 联合攻关 联合研发 供货 批量供货 小批量供货 配套供应 供应
cofound: 结对共建 结对建设 结对打造 携手建设 联手建设 合力建设 携手兴建 共同举办 联合举办 合作举办 联手打造 携手打造 合力打造 联合打造 联手共建 合建 合办 合组 共建 合资组建 合资创办 合资兴办 共同开发 合作开发 合作成立 合作设立 合作组建 合作创办 共同建设 合作共建 签约共建 联合共建 共同设立 联合设立 共同成立 联合成立 合资成立 合资设立 共同组建 联合组建 共同发起 联合发起 共同创办 合作建设 联合建设 共同投资建设 携手共建 牵手共建
found: 控股设立 全资设立 独资设立 参股设立 建设 建立 打造 筹建 新建 兴建 规划兴建 牵头发起 参与发起 作为主发起人 作为发起人 发起 牵头建设 规划建设 开发建设 投资建设 负责建设 负责开发建设 成立 设立 组建 创办 创立 发起设立 发起成立 注册成立 牵头成立 牵头组建 牵头设立 孵化 孵化成立 出资设立 投资设立 新设 设立了 成立了
# where a firm or an institute comes from (某某科技孵化自某大学, 脱胎于某研究院): that body FOUNDED it
origin: 孵化自 孵化于 脱胎于 脱胎自 衍生自 源自 孵化出自
founders: 创会会员为 创会会员包括 创始会员为 创始会员包括 创始成员为 创始成员包括 创始成员单位为 创始成员单位包括 创始单位为 创始单位包括 发起会员为 依托单位为 依托单位是 共建单位为 共建单位是 共建单位包括 举办单位为 举办单位是 建设单位为 建设单位是 承建单位为 发起单位为 发起单位包括 牵头单位为 牵头建设单位为 主要共建单位为
# a shareholder's stake (A持股38.6%): FUNDS the company the text declares as 公司 when no object is named
fund: 注入资本金 注入资本 注入注册资本 持股 继续加注 追加注资 追投 加注 持续加注 超额追加 同轮注资
fund: 认购 认购了 为主要有限合伙人 为有限合伙人 是有限合伙人 作为主要有限合伙人 参投 独家投资 追加投资 超额认购 入股 担任有限合伙人 担任普通合伙人 作为有限合伙人出资 参与出资 共同出资 出资 认缴 认缴出资 注资 领投 跟投 投资 参股 增资 资助 补助 给予资金支持 给予运营经费补助
locate: 承租 设址于 设址在 拟设址于 放在 落脚 落脚于 落脚在 建在 建于 转移至 转移到 迁移至 迁移到 转至 搬迁到 外迁至 租用 租下 租赁 地处 地处于 坐落在 位处 安家 签约入驻 签约落户 签约进驻 进驻 总部设在 研发总部设在 生产基地设在 工厂设在 注册地位于 注册地为 落户 启用 揭牌 挂牌 开业 建成 投入运营 入驻 投产 设在 位于 注册在 选址 扎根 落地 签约入园 入园 进园 基地位于 总部位于 坐落于 布局 总部在 的总部在 的总部位于 的总部设在 的研发总部在 的研发总部位于 的生产基地位于 的生产基地在 总部及主要生产基地位于 设在了 搬到 搬到了 搬迁至 迁至 迁到 迁往 迁入 留在 保留在 落户到 落户在 落户于 入驻了 落户了 的生产基地设在 的制造基地设在 的工厂设在 的研发中心设在 的研发中心位于 的工厂位于 注册于 注册在 注册落户于 购地 拿地 摘地 购置土地 竞得土地 设厂 建厂 办厂 开设工厂
gather: 集聚 聚集 汇聚 引进 吸引 引入 拥有 入园企业包括 入驻企业包括 入园企业有 入驻企业有 入园企业为 入驻企业为 入驻单位包括
# a partner who is both the general partner and the manager of a fund (由某某资本担任普通合伙人和基金管理人) manages it
manage: 担任普通合伙人和基金管理人 担任普通合伙人及基金管理人 担任普通合伙人兼基金管理人 担任普通合伙人暨基金管理人 担任执行事务合伙人和基金管理人 担任执行事务合伙人及基金管理人 担任执行事务合伙人兼基金管理人 担任执行事务合伙人暨基金管理人 担任基金管理人和普通合伙人 担任基金管理人及普通合伙人 担任基金管理人兼普通合伙人
manage: 受托运营 开发运营 建设运营 托管运营 受托管理 担任管理人 担任基金管理人 负责运营 负责管理 运营管理 管理运营 负责开发运营 负责营运 负责招商和运营 负责招商运营 负责建设运营 负责开发建设和运营
issue: 印发 出台 发布 制定 起草 牵头起草 联合起草 颁布 推出 联合印发 修订 实施 签署 签订 共同签署 联合签署
support: 支持 扶持 赋能 指导 服务
focus: 主要负责 量产 年产 推出 开发 共同开发 联合开发 合作开发 联合研制 合作研制 研发制造 生产制造 专门从事 主力生产 的产品涵盖 的产品包括 的产品覆盖 的主营业务为 的主要产品包括 的主要产品为 的研究方向为 的主要研究方向为 的业务涵盖 研究方向为 研究方向包括 研究方向涵盖 主要研究方向为 主要方向为 业务涵盖 业务覆盖 产品涵盖 产品覆盖 产品包括 主打 专攻 主要从事 专业从事 着力发展 大力发展 重点研发 主要研发 研发 研制 重点发展 聚焦 覆盖 主营 专注 专注于 深耕 从事 主要投资 重点投向 投向 围绕 致力于 主攻 重点投资 主要投向 重点布局 瞄准 承接 重点承接 重点开展 重点突破 主要生产 生产 研发生产 主营业务为 主要产品为 主要产品包括 重点面向
focus: 侧重 侧重于 重点做 主做 专做 是做 也做 转型生产 转产 转型研发 主要做 兼顾 主力投向 主要投资于 重点投资于 的产品进入 的产品已进入 产品进入 产品已进入 的产品应用于 产品应用于 的产品广泛应用于 产品广泛应用于 主导产业为 主导产业包括 的主导产业为 主导产业是 主力产品为 主力产品包括 主打产品为 核心产品为 核心产品包括 的主力产品为 的核心产品为 专投 专门投资 专注投资 主投 产品为 的产品为 主要产品是 主要产品有 属 属于
investors: 投资方为 投资方是 投资机构为 投资机构包括 投资人为 领投方为 跟投方为 跟投方包括 投资方还有 投资方还包括 同轮投资方为 同轮投资方包括 共同投资方为 有限合伙人包括 有限合伙人为 有限合伙人有 出资人包括 出资人为 出资方包括 出资方为 投资方包括 投资人包括 合伙人包括
managers: 基金管理人为 基金管理人是 基金管理人拟为 管理人为 管理人是 管理人拟为 执行事务合伙人为 执行事务合伙人是 普通合伙人为 普通合伙人是 执行事务合伙人暨基金管理人为 执行事务合伙人暨基金管理人是 执行事务合伙人及基金管理人为 执行事务合伙人及基金管理人是 基金管理机构为 基金管理机构是 管理机构为
portfolio: 投资组合包括 投资组合包含 投资组合涵盖 被投企业包括 已投企业包括 已投项目包括 投资项目包括 已投资企业包括 投资标的包括
