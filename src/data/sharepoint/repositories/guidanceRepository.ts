import type { GuidanceAudience, GuidanceSection } from '../../../domain/guidance/guidanceSection';
import { eq } from '../../odata';
import type { GuidanceRepository } from '../../ports/repositories';
import type { Stored } from '../../ports/stored';
import { guidanceFields, guidanceRequestKey } from '../mappers/guidanceMapper';
import { SpEntityRepository } from './entityRepository';

export class SpGuidanceRepository extends SpEntityRepository<GuidanceSection> implements GuidanceRepository {
  public async listByAudience(audience: GuidanceAudience): Promise<Stored<GuidanceSection>[]> {
    const result: Stored<GuidanceSection>[] = [];
    for await (const page of this.pagesOf({ filter: eq('Audience', audience) })) {
      result.push(...page);
    }
    return result;
  }

  public async publish(section: GuidanceSection): Promise<Stored<GuidanceSection>> {
    // The section id is shared by all its versions, so the key (not the id) identifies the row.
    return this.toStored(await this.gateway.create(guidanceFields(section), guidanceRequestKey(section)));
  }
}
