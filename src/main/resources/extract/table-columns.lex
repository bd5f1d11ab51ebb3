# What a column of a table holds, by the words of its header cell (read by extract/TablePass.java).
# A table is a run of lines whose cells are separated by tabs (HTML <td>/<th>, PDF and Word tables,
# aligned text); its header row is the first row whose cells name at least two of the roles below.
# Every later row states its facts about the entity of its NAME column (or, without one, its first
# organisation); the edges carry `method` rule:table-column and the row as evidence.
#
# Format: `ROLE: WORD WORD ...`; a header cell takes the role of the longest word it contains.
#
#   name      the row's entity
#   founder   organisations that built it (依托单位, 举办单位)           FOUNDED (and PARTNERS_WITH between two of one cell)
#   operator  the organisation that runs it for its owner (运营单位)      PARTNERS_WITH
#   partner   the university, institute or firm it works with (合作高校院所, 揭榜单位)   PARTNERS_WITH
#   team      the units that carried out the row's project together (主要完成单位 of an award,
#             联合申报单位): each PARTNERS_WITH each                           PARTNERS_WITH
#   party     one side of a cooperation (甲方, 乙方; a header cell of a place and 方, 深圳方 | 中山方, is one
#             too): the sides work together, or the first set the second up when the row's way says
#             子公司; they built what the row names (a park, a centre) or funded it (a fund)   PARTNERS_WITH, FOUNDED, FUNDS
#   how       the way the sides cooperate (合作方式), read with the sides only
#   supporter the bodies a work plan makes responsible for the row's task (责任单位, 配合单位):
#             each SUPPORTS what the task builds or backs (not a body); so does the body that recommends
#             or nominates the row (推荐单位, 提名单位)                      SUPPORTS
#   place     the city, district or park it is in                        HOSTS
#             (a place header that also holds the word of an earlier column of other organisations, 投资方所在区 after
#             深圳投资方, 合作单位所在地 after 合作单位, is where those organisations are, not the row's)
#   industry  its industries                                              IN_INDUSTRY, TARGETS for a fund or policy
#   product   what it makes: its industries when the table has no industry column
#   manager   the enterprise that manages it (a fund)                     MANAGES
#   managed   the funds the row's investment firm manages (代表基金)          MANAGES
#   investor  who put money into the row's firm, institute or fund when the table has a name column
#             (园区企业 | 深圳投资方), else into the fund of the entry above the table, or of the text
#             (the fund it names most: a fund's letter to its partners)          FUNDS
#   portfolio the row's entity, a firm the fund of the entry above or of the text
#             put money into (被投企业); or the firms of the cell, when the row is a fund or
#             an investment firm (机构名称 | 代表被投企业)                      FUNDS
#   subsidiary the firm the row's firm set up elsewhere (中山生产主体, 全资子公司)   FOUNDED; the row's place is its place
#   grant     money a list grants the row, from the body that issued the text or that its
#             heading names (关于下达…资助资金的通知), amountCny in the header's unit     FUNDS
#   item      the things a list names (装备名称, 产品名称): never the row's entity, which is then the organisation of
#             its first column of no role (研制单位)
#   member    the firms the row's park, zone or place holds (龙头企业, 骨干企业 of a list of clusters or towns)  HOSTS
#   profile   a card's description or remark (企业简介：…, 备注：…), read clause by clause with the card's entry as the subject
#             of clauses that name none (ProfileReader)                    HOSTS, FOUNDED, FUNDS, PARTNERS_WITH

# The things a list names (装备名称 of a first-set equipment list): the row's organisation is in another column.
item: 装备名称 产品名称 设备名称 成果名称 专利名称 技术名称 样机名称 装备（产品）名称
name: 名称 企业 机构 单位名称 项目单位 企业名称 机构名称 平台名称 基金名称 园区名称 项目名称 实验室名称 中心名称 申报单位 发榜单位 需求单位 受资助实体 受资助单位 受资助企业 获资助单位 获资助企业 资助对象 受助单位
# The firm behind a project in a list of projects (项目投资方: the row's investor in its project, not a fund's partner).
name: 项目投资方 投资主体 项目主体 签约企业 落户企业 展商 参展企业 参展单位 参展商 参赛主体 参赛单位 参赛企业
# A park's tenants (承租单位 of a lease ledger): the park the title names hosts each.
name: 承租单位 承租企业 承租方 承租人 租户 租户名称 入驻企业 入驻单位 入园企业
# Our side of a list of research partnerships (合作单位 | 合作主体: the university works with the firm in the second column).
# A list of workstations or bases (设站单位 | 合作培养单位): the unit that sets one up is the row's; the university that trains
# with it works with it.
name: 设站单位 建站单位 设站企业 建站企业
partner: 合作培养单位 联合培养单位 合作培养高校 联合培养高校 培养单位
name: 项目业主 业主单位 项目业主单位 所属单位 仪器所属单位 合作主体 承担主体 承担单位 项目承担单位 派出单位 选派单位 申报主体 实施主体 受让单位 被许可单位 受让方 受让企业 被许可方
# the parent of a row's firm (投资主体（母公司）, 所属集团): it set the firm up
founder: 母公司 母公司名称 所属集团 控股股东 投资主体（母公司）
founder: 依托单位 举办单位 主要举办单位 建设单位 共建单位 承建单位 牵头单位 发起单位 发起人 主办单位
operator: 运营单位 运营主体 运营机构 运营方 运营管理单位 运营企业
# The bank that keeps a fund's assets (托管人名称: the fund's partner, not a new entry).
partner: 托管人 托管机构 托管银行 资金托管人
# The firms a university or institute works with (合作企业 | 所在地 | 培养方向 of its joint training bases).
partner: 合作企业 合作公司
# The client of a commissioned project (委托单位: a university's register of projects firms pay for), the first user of a
# maker's equipment (使用单位), the firm a dispatched team serves (服务企业): each works with the row's organisation.
# a firm's outside processors and main customers (外协单位, 主要客户): its partners (a list of its suppliers, 供应商名称 | 所在地, is read by TablePass)
partner: 外协单位 外协厂商 主要客户 重点客户
partner: 委托单位 委托方 委托企业 委托机构 使用单位 用户单位 应用单位 采购单位 采购方 服务企业 服务对象 受援企业 合作研发单位 联合研发单位 研发合作单位 研发合作方
# The provider that served the row's firm (服务机构 of a list of innovation vouchers), the bodies that back a row's
# cluster or park (促进机构, 支撑高校院所): each works with the row's entity.
name: 服务机构名称 支撑单位名称
partner: 服务机构 服务提供机构 服务提供方 服务单位 促进机构 支撑高校院所 支撑高校 支撑院所 支撑单位 支撑机构 技术支撑单位 依托高校院所
# The firms a row's cluster, park or town holds (集群名称 | 龙头企业): it HOSTS each.
member: 龙头企业 骨干企业 龙头骨干企业 链主企业 重点企业 代表企业 代表性企业 主要企业 重点骨干企业
partner: 匹配供给方 拟匹配供给方 成果持有单位 成果持有方 成果完成单位 对接单位 对接机构 对接高校 对接院所 合作单位 合作高校 合作院校 合作实验室 合作院所 合作高校院所 合作高校及院所 合作科研机构 合作机构 合作方 合作伙伴 产学研合作单位 技术合作单位 揭榜单位 揭榜方 来源院所 来源高校 高校来源 院校来源 技术来源单位 转让方 许可方 出让方 转让单位 许可单位
team: 完成单位 主要完成单位 共同完成单位 合作完成单位 联合申报单位 联合承担单位 参与单位 参加单位 项目完成单位 项目合作单位 项目参与单位
party: 甲方 乙方 丙方 签约甲方 签约乙方 合作甲方 合作乙方
how: 合作方式 对接方式 拟对接方式 合作形式 合作内容 合作模式 合作类型 签约内容
supporter: 责任单位 配合单位 责任部门 配合部门 推荐单位 推荐部门 推荐机构 提名单位 提名部门
# Where a project lands (落户载体: the park that takes it).
place: 落户载体 承接载体 落地载体 项目载体 入驻载体 孵化载体 入驻孵化载体 所在载体 所在孵化器 入驻孵化器
place: 所在地 所在地区 所在城市 所在地市 所在区 所在街道 所在镇街 所在镇 镇街 镇区 街镇 所在园区 落户园区 所属园区 落户地 注册地 地区 区域 属地 园区 地市 县区 来源地 来源城市 来源地区 企业来源地 总部所在地 总部所在城市
industry: 环节 产业链环节 所属环节 链条环节 细分环节
industry: 产业 所属产业 领域 所属领域 技术领域 产业领域 行业 所属行业 投资领域 方向 重点方向 产业方向 研究方向 主营方向 细分领域 细分行业 赛道 所属赛道 标签 行业标签
# What a fund puts money into (投资方向, not 投资方: the longest word decides).
industry: 投资方向 投资范围 投向 主要投向 重点投向 主要投资方向 重点投资方向
# A column of products (主导产品) gives the row's industries only in a table without a column of them (所属行业).
product: 出口产品 主要出口产品 主营产品 核心产品 主导产品 代表产品 主力产品 产品类别 展品类别 主要展品 展品范围
manager: 管理人 基金管理人 管理机构 受托管理机构
# The funds an investment firm's row names as its own (机构名称 | 代表基金).
managed: 代表基金 旗下基金 在管基金 管理基金 所管基金 管理的基金 受托管理基金 主要基金
# Field labels of entries written one per line (注册地址：…), as announcements describe their parties.
place: 总部 总部所在地 总部位置 注册地址 主要经营场所 经营场所 住所 办公地址 总部地址 注册地点 地址 通讯地址 联系地址 单位地址 企业地址 建设地点 建设地址 项目地点 项目地址 项目选址 选址
industry: 主营业务 经营范围 主要产品 业务领域
manager: 执行事务合伙人 受托管理人
# The investors of the fund whose entry the table belongs to (各合伙人认缴出资情况：): FUNDS that fund.
investor: 合伙人名称 合伙人 出资人名称 出资方 投资方 股东名称
# A registration record's shareholders (股东及出资：某某有限公司，认缴出资…): they FUND the record's firm.
investor: 股东 股东及出资 新增股东 出资人 合伙人及出资
# Those a private placement's shares went to (发行对象 | 获配股数 | 获配金额): they FUND the issuer.
investor: 发行对象 发行对象名称 认购对象 获配对象 认购方
# The investors of a financing round, as a table of rounds heads them (企业 | 轮次 | 领投方): they FUND the row's firm.
# (The bare verbs 领投, 跟投, 参投 label a deal's lines only, TablePass.DEAL_LABEL: 某某领投 in a cell is no header.)
investor: 资金方 资金提供方 出资机构 放款机构 授信机构
investor: 领投方 领投机构 跟投方 跟投机构 参投方 参投机构 联合投资方 联合领投方
# A registry's column of the money a firm has raised (融资情况: 天使轮：某某基金投资600万元；某某创投跟投): every
# organisation the cell names put money into the row's firm.
# A project list's source of money (资金来源：企业自筹、某某产业基金): the funds and firms it names put money into the row's firm.
investor: 资金来源 资金筹措 出资来源 资金渠道 投资来源 资金筹措方式
investor: 融资情况 融资信息 融资记录 获得融资 获得投资 投资情况 获投情况 获得融资或资助 融资及资助 融资或资助 已获融资
# The bank that lent to the row's firm (企业名称 | 贷款银行 | 贷款金额, a list of loan interest subsidies): it FUNDS the firm.
investor: 贷款银行 放款银行 贷款机构 授信银行 承贷银行 合作银行 贷款金融机构
grant: 兑付金额 兑付（万元） 兑付(万元) 兑现金额 兑付资金 资助金额 补助金额 奖励金额 奖补金额 扶持金额 支持金额 拟资助金额 资助资金 补助资金 拟支持金额 资助额度 补助额度 拟资助（万元） 拟资助(万元) 拟补助（万元） 拟补助(万元) 拟支持（万元） 拟支持(万元) 拟奖励（万元） 拟奖励(万元) 拨付 本次拨付 拨付金额 下达资金 下达金额 贴息金额 拟贴息 贴息资金 补贴金额 补贴资金 奖补资金 批给金额 批准金额 核定金额 资助款项
# The firm a row's firm set up to produce or operate elsewhere (中山生产主体, 全资子公司): FOUNDED by the row's firm,
# and the row's place column is where that firm is.
subsidiary: 生产主体 落地主体 子公司 全资子公司 控股子公司 下属公司 下属企业 项目公司 分公司
# The firms a fund's letter or report lists as its investments: the fund FUNDS each.
portfolio: 被投企业 被投资企业 被投项目 投资标的 已投企业 已投项目
profile: 备注 简介 介绍 描述 概述 企业简介 公司简介 机构简介 单位简介 展商简介 企业概况 公司概况 机构概况 基本情况 企业情况 目的 资助目的 资助用途 资助内容
